using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhifa.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CasesAndDraws : Migration
    {
        // A case's history and its dossier documents are append-only, like the record itself.
        private static readonly string[] AppendOnly = ["case_steps", "case_documents"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerCode",
                table: "regulated_entities",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                table: "regulated_entities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "regulated_entities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "case_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    StepSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromStage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ToStage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Certificate = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Details = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Procedure = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    MatterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceDetail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ActDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FilingApproverUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DrawnInspectionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Party_Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Party_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Party_IdNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Party_Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Party_Telephone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Party_LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Party_IsMinor = table.Column<bool>(type: "INTEGER", nullable: false),
                    Proposal_Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Proposal_Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Proposal_Penalties = table.Column<int>(type: "INTEGER", nullable: false),
                    Proposal_FineAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Proposal_ConfiscationAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Proposal_Facts = table.Column<string>(type: "TEXT", nullable: true),
                    Proposal_Evidence = table.Column<string>(type: "TEXT", nullable: true),
                    Proposal_LegalBasis = table.Column<string>(type: "TEXT", nullable: true),
                    Proposal_DiscretionReason = table.Column<string>(type: "TEXT", nullable: true),
                    Proposal_CorrectionOrder = table.Column<string>(type: "TEXT", nullable: true),
                    Proposal_ComplexOrSerious = table.Column<bool>(type: "INTEGER", nullable: false),
                    Proposal_ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Review_MarkedMajor = table.Column<bool>(type: "INTEGER", nullable: false),
                    Review_MarkedMajorReason = table.Column<string>(type: "TEXT", nullable: true),
                    Review_SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Review_ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Review_Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Review_ReviewedRevision = table.Column<int>(type: "INTEGER", nullable: true),
                    Review_ReviewerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Review_ReviewerName = table.Column<string>(type: "TEXT", nullable: true),
                    Review_Opinion = table.Column<string>(type: "TEXT", nullable: true),
                    Notice_ServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notice_ProposalRevision = table.Column<int>(type: "INTEGER", nullable: true),
                    Notice_HearingRightOffered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notice_StatementWaived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notice_StatementSummary = table.Column<string>(type: "TEXT", nullable: true),
                    Notice_RecheckOpinion = table.Column<string>(type: "TEXT", nullable: true),
                    Hearing_RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Hearing_NoticeServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Hearing_ScheduledFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Hearing_Place = table.Column<string>(type: "TEXT", nullable: true),
                    Hearing_PresidingOfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Hearing_HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Hearing_TranscriptSummary = table.Column<string>(type: "TEXT", nullable: true),
                    Decision_DiscussedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision_DiscussionConclusion = table.Column<string>(type: "TEXT", nullable: true),
                    Decision_DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision_Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Decision_DecidedRevision = table.Column<int>(type: "INTEGER", nullable: true),
                    Decision_DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision_DeliveryMethod = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Decision_DeliveryLateReason = table.Column<string>(type: "TEXT", nullable: true),
                    Decision_ExtensionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Execution_PaidAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Execution_SurchargeAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Execution_PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Execution_ExecutedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Execution_ExecutionNote = table.Column<string>(type: "TEXT", nullable: true),
                    Execution_ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Execution_ArchivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Inspection_PlannedFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Inspection_RegulatedEntityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Inspection_InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Inspection_Findings = table.Column<string>(type: "TEXT", nullable: true),
                    Inspection_Compliant = table.Column<bool>(type: "INTEGER", nullable: true),
                    Inspection_RectificationDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Inspection_RectificationRequirements = table.Column<string>(type: "TEXT", nullable: true),
                    Inspection_ReinspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Inspection_RectifiedCompliant = table.Column<bool>(type: "INTEGER", nullable: true),
                    StepCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastEffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "conflict_declarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntityCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DeclaredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeclaredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conflict_declarations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatterCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TargetKinds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Ratio = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    TargetCount = table.Column<int>(type: "INTEGER", nullable: true),
                    InspectorsPerTarget = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightedByRisk = table.Column<bool>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CommittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DrawDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Inputs = table.Column<string>(type: "TEXT", nullable: true),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Witness = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Seed = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Result = table.Column<string>(type: "TEXT", nullable: true),
                    DrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DrawnBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_officers",
                columns: table => new
                {
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclaredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeclaredConflict = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_officers", x => new { x.CaseId, x.OfficerId });
                    table.ForeignKey(
                        name: "FK_case_officers_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "drawn_inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectorIds = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drawn_inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_drawn_inspections_inspection_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "inspection_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_regulated_entities_OwnerCode",
                table: "regulated_entities",
                column: "OwnerCode");

            migrationBuilder.CreateIndex(
                name: "IX_case_documents_CaseId",
                table: "case_documents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_steps_CaseId_Sequence",
                table: "case_steps",
                columns: new[] { "CaseId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_DrawnInspectionId",
                table: "cases",
                column: "DrawnInspectionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_Number",
                table: "cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_OrganisationId_Stage",
                table: "cases",
                columns: new[] { "OrganisationId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_UpdatedAt_Id",
                table: "cases",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_conflict_declarations_OfficerId",
                table: "conflict_declarations",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_conflict_declarations_OrganisationId",
                table: "conflict_declarations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_drawn_inspections_OrganisationId",
                table: "drawn_inspections",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_drawn_inspections_PlanId_Position",
                table: "drawn_inspections",
                columns: new[] { "PlanId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_drawn_inspections_TargetId",
                table: "drawn_inspections",
                column: "TargetId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plans_MatterId_DrawnAt",
                table: "inspection_plans",
                columns: new[] { "MatterId", "DrawnAt" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plans_OrganisationId",
                table: "inspection_plans",
                column: "OrganisationId");

            foreach (var statement in AppendOnlyTables.SqliteCreate(AppendOnly))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in AppendOnlyTables.SqliteDrop(AppendOnly))
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropTable(
                name: "case_documents");

            migrationBuilder.DropTable(
                name: "case_officers");

            migrationBuilder.DropTable(
                name: "case_steps");

            migrationBuilder.DropTable(
                name: "conflict_declarations");

            migrationBuilder.DropTable(
                name: "drawn_inspections");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "inspection_plans");

            migrationBuilder.DropIndex(
                name: "IX_regulated_entities_OwnerCode",
                table: "regulated_entities");

            migrationBuilder.DropColumn(
                name: "OwnerCode",
                table: "regulated_entities");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "regulated_entities");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "regulated_entities");
        }
    }
}
