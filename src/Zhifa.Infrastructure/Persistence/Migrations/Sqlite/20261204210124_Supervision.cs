using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhifa.Infrastructure.Persistence.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Lines = table.Column<string>(type: "TEXT", nullable: false),
                    XlsxSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PdfSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_quality_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Scores = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "annual_reports");

            migrationBuilder.DropTable(
                name: "case_quality_reviews");
        }
    }
}
