-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "goalLabelEs" TEXT,
ADD COLUMN     "goalLabelPluralEs" TEXT,
ADD COLUMN     "missionEs" TEXT,
ADD COLUMN     "nameEs" TEXT,
ADD COLUMN     "objectiveLabelEs" TEXT,
ADD COLUMN     "objectiveLabelPluralEs" TEXT,
ADD COLUMN     "priorityLabelEs" TEXT,
ADD COLUMN     "priorityLabelPluralEs" TEXT,
ADD COLUMN     "visionEs" TEXT;

-- AlterTable
ALTER TABLE "StudentGroup" ADD COLUMN     "category" TEXT;
