using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhifa.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Supervision : Migration
    {
        // Hand-added: reviews and published reports are never changed; a correction is a new row.
        private static readonly string[] AppendOnly = ["case_quality_reviews", "annual_reports"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "annual_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Lines = table.Column<string>(type: "text", nullable: false),
                    XlsxSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PdfSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_quality_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Scores = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_quality_reviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_annual_reports_OrganisationId_Year_Version",
                table: "annual_reports",
                columns: new[] { "OrganisationId", "Year", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_quality_reviews_CaseId",
                table: "case_quality_reviews",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_quality_reviews_OrganisationId_ReviewedOn",
                table: "case_quality_reviews",
                columns: new[] { "OrganisationId", "ReviewedOn" });

            foreach (var statement in AppendOnlyTables.PostgresCreateTriggers(AppendOnly))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in AppendOnlyTables.PostgresDropTriggers(AppendOnly))
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropTable(
                name: "annual_reports");

            migrationBuilder.DropTable(
                name: "case_quality_reviews");
        }
    }
}
