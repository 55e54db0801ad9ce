-- CreateIndex
CREATE INDEX "Observation_measureId_studentGroupId_state_idx" ON "Observation"("measureId", "studentGroupId", "state");

-- CreateIndex
CREATE INDEX "Observation_periodId_idx" ON "Observation"("periodId");

-- CreateIndex
CREATE INDEX "Observation_reportedPeriodId_idx" ON "Observation"("reportedPeriodId");

-- CreateIndex
CREATE INDEX "Observation_studentGroupId_idx" ON "Observation"("studentGroupId");

-- CreateIndex
CREATE INDEX "Observation_enteredById_idx" ON "Observation"("enteredById");

-- CreateIndex
CREATE INDEX "Update_periodId_idx" ON "Update"("periodId");
