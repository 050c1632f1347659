using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhifa.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WithdrawalNotices : Migration
    {
        // Hand edit: a noted reason to withdraw is never changed or removed; the withdrawal closes it.
        private static readonly string[] AppendOnly = ["withdrawal_notices"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "withdrawal_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublicationVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    EventOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 900, nullable: true),
                    NotedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    NotedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_withdrawal_notices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_withdrawal_notices_CaseId_PublicationVersion",
                table: "withdrawal_notices",
                columns: new[] { "CaseId", "PublicationVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_withdrawal_notices_OrganisationId",
                table: "withdrawal_notices",
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
                name: "withdrawal_notices");
        }
    }
}
