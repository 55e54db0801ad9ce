-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "corePractices" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "equityStatement" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "overarchingGoal" TEXT NOT NULL DEFAULT '';
