-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "gapReductionPercent" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Objective" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Priority" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "MeasureTargetVersion" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "effectiveFrom" DATE,
    "baselineValue" DOUBLE PRECISION,
    "baselineDate" DATE,
    "baselineLabel" TEXT,
    "targetKind" "TargetKind" NOT NULL,
    "targetAmount" DOUBLE PRECISION NOT NULL,
    "targetDate" DATE NOT NULL,
    "interimTargets" JSONB NOT NULL DEFAULT '[]',
    "reason" TEXT NOT NULL DEFAULT '',
    "boardApprovedOn" DATE,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeasureTargetVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeasureTargetVersion_measureId_effectiveFrom_idx" ON "MeasureTargetVersion"("measureId", "effectiveFrom");

-- AddForeignKey
ALTER TABLE "MeasureTargetVersion" ADD CONSTRAINT "MeasureTargetVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureTargetVersion" ADD CONSTRAINT "MeasureTargetVersion_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureTargetVersion" ADD CONSTRAINT "MeasureTargetVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
