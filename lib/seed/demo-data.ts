// Demo-only data around the seed plans: divisions, student groups, accounts, and the
// baselines and trajectories used to generate clearly labelled demo progress.

export const DEMO_PASSWORD = 'northstar-demo';

/** Race and ethnicity groups partition All students: see StudentGroup.category. */
const RACE = 'RACE_ETHNICITY';

export const STUDENT_GROUPS: { code: string; name: string; nameEs: string; isAll?: boolean; category?: string }[] = [
  { code: 'ALL', name: 'All students', nameEs: 'Todos los estudiantes', isAll: true },
  { code: 'AA', name: 'Black or African American', nameEs: 'Afroamericanos', category: RACE },
  { code: 'AI', name: 'American Indian or Alaska Native', nameEs: 'Indígenas americanos o nativos de Alaska', category: RACE },
  { code: 'AS', name: 'Asian', nameEs: 'Asiáticos', category: RACE },
  { code: 'FI', name: 'Filipino', nameEs: 'Filipinos', category: RACE },
  { code: 'HI', name: 'Hispanic or Latino', nameEs: 'Hispanos o latinos', category: RACE },
  { code: 'PI', name: 'Native Hawaiian or Pacific Islander', nameEs: 'Nativos de Hawái o de las islas del Pacífico', category: RACE },
  { code: 'WH', name: 'White', nameEs: 'Blancos', category: RACE },
  { code: 'MR', name: 'Two or more races', nameEs: 'Dos o más razas', category: RACE },
  { code: 'EL', name: 'English learners', nameEs: 'Estudiantes de inglés' },
  { code: 'SED', name: 'Socioeconomically disadvantaged', nameEs: 'En desventaja socioeconómica' },
  { code: 'SWD', name: 'Students with disabilities', nameEs: 'Estudiantes con discapacidades' },
  { code: 'FOS', name: 'Foster youth', nameEs: 'Jóvenes en hogares de crianza' },
  { code: 'HOM', name: 'Youth experiencing homelessness', nameEs: 'Jóvenes sin hogar' },
  { code: 'JIY', name: 'Justice-impacted youth', nameEs: 'Jóvenes afectados por el sistema de justicia' },
];

export const LACOE = {
  slug: 'lacoe',
  name: 'Los Angeles County Office of Education',
  shortName: 'LACOE',
  divisions: [
    { code: 'CIS', name: 'Curriculum and Instructional Services' },
    { code: 'JCCS', name: 'Juvenile Court and Community Schools' },
    { code: 'SSS', name: 'Student Support Services' },
    { code: 'HRS', name: 'Human Resource Services' },
    { code: 'SPCS', name: 'Strategic Partnerships and Community Schools' },
    { code: 'EP', name: 'Educational Programs' },
    { code: 'COMM', name: 'Communications and Public Affairs' },
    { code: 'OS', name: 'Office of the Superintendent' },
    { code: 'TS', name: 'Technology Services' },
    { code: 'BAS', name: 'Business Advisory Services' },
  ],
  users: [
    { email: 'admin@example.org', name: 'Dana Whitfield', role: 'ADMIN', division: null },
    { email: 'cabinet@example.org', name: 'Dr. Ruth Alvarez', role: 'CABINET', division: null },
    { email: 'lead@example.org', name: 'Marcus Chen', role: 'LEAD', division: 'CIS' },
    { email: 'staff@example.org', name: 'Priya Natarajan', role: 'STAFF', division: 'CIS' },
    { email: 'lead2@example.org', name: 'Jordan Ellis', role: 'LEAD', division: 'JCCS' },
  ],
} as const;

/**
 * Demo baselines for measures whose plan states none (keyed `${goalCode}/${measureCode}`).
 * They are stored with baselineIsDemo so every page can say so.
 */
export const DEMO_BASELINES: Record<string, number> = {
  'SO-1/ELA-G3': 2396,
  'SO-1/ELA-G8': 2531,
  'SO-1/ELA-G11': 2584,
  'SO-2/MATH-G3': 2405,
  'SO-2/MATH-G8': 2498,
  'SO-2/MATH-G11': 2532,
  'SO-3/DUAL-ENR': 240,
  'WB-2/BELONG': 68,
  'WB-2/CARES': 61,
  'CC-1/PARTNERS': 370,
  'CC-2/CCSPP': 45,
  'CC-3/DEMO-GAP': 18,
  'CE-1/COMM-INDEX': 62,
  'OE-1/TIMELY': 74,
  'OE-2/INTERNET': 86.5,
  'OE-3/BEST-ONBOARD': 20,
};

/** Fallback demo baselines by unit, for any measure not listed above. */
export const DEMO_BASELINE_BY_UNIT: Record<string, number> = {
  PERCENT: 64,
  COUNT: 240,
  POINTS: 18,
  SCALE_SCORE: 2450,
  CURRENCY: 1_000_000,
  INDEX: 62,
};

/**
 * How far each demo goal gets along its expected path (1 = exactly on the path), so the
 * demo shows every status: ≥ 1 on track or met, 0.8–1 at risk, below 0.8 off track.
 */
export const DEMO_PERFORMANCE: Record<string, number> = {
  'SO-1': 1.08,
  'SO-2': 0.88,
  'SO-3': 1.25,
  'WB-1': 0.55,
  'WB-2': 0.9,
  'CC-1': 1.15,
  'CC-2': 1.02,
  'CC-3': 0.45,
  'CE-1': 1.05,
  'OE-1': 0.84,
  'OE-2': 1.1,
  'OE-3': 1.3,
};

/** Scale-score gaps from All students for the demo's disaggregated results. */
export const DEMO_GROUP_OFFSETS: Record<string, number> = {
  ALL: 0,
  AA: -48,
  AI: -31,
  AS: 52,
  FI: 27,
  HI: -21,
  PI: -19,
  WH: 33,
  MR: 11,
  EL: -66,
  SED: -26,
  SWD: -84,
  FOS: -71,
  HOM: -57,
  JIY: -97,
};

/**
 * Share of tested students in each group (n), with a deliberately tiny justice-impacted cohort
 * and a tiny Pacific Islander cohort (n = 8), so public pages show suppression, including the
 * complementary suppression of a second race/ethnicity group.
 */
export const DEMO_GROUP_SHARES: Record<string, number> = {
  ALL: 1,
  AA: 0.07,
  AI: 0.002,
  AS: 0.08,
  FI: 0.021,
  HI: 0.66,
  PI: 0.00008,
  WH: 0.13,
  MR: 0.029,
  EL: 0.17,
  SED: 0.7,
  SWD: 0.13,
  FOS: 0.008,
  HOM: 0.06,
  JIY: 0,
};
