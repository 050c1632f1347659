using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhifa.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LegalReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Proposal_MajorPublicInterest",
                table: "cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Review_AssignedOn",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Review_AssignedReviewerName",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Review_AssignedReviewerUserId",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Review_ExtensionWorkingDays",
                table: "cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Review_Round",
                table: "cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Review_RulingConclusion",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Review_RulingOn",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Review_RulingPassed",
                table: "cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "legal_review_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CaseTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProposalRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ReReviewReason = table.Column<string>(type: "TEXT", nullable: true),
                    Materials = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Opinion = table.Column<string>(type: "TEXT", nullable: true),
                    Findings = table.Column<string>(type: "TEXT", nullable: false),
                    RulingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RulingPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    RulingConclusion = table.Column<string>(type: "TEXT", nullable: true),
                    VoidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubmittedStep = table.Column<int>(type: "INTEGER", nullable: false),
                    LastStep = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_legal_review_tasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_legal_review_tasks_CaseId_SubmittedStep",
                table: "legal_review_tasks",
                columns: new[] { "CaseId", "SubmittedStep" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_legal_review_tasks_OrganisationId_State",
                table: "legal_review_tasks",
                columns: new[] { "OrganisationId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "legal_review_tasks");

            migrationBuilder.DropColumn(
                name: "Proposal_MajorPublicInterest",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Review_AssignedOn",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Review_AssignedReviewerName",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Review_AssignedReviewerUserId",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Review_ExtensionWorkingDays",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Review_Round",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Review_RulingConclusion",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Review_RulingOn",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Review_RulingPassed",
                table: "cases");
        }
    }
}
