using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhifa.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Draws : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerCode",
                table: "regulated_entities",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "regulated_entities",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "regulated_entities",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "conflict_declarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficerId = table.Column<Guid>(type: "uuid", nullable: false),
                    EntityCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DeclaredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeclaredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conflict_declarations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: false),
                    MatterCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TargetKinds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Region = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Category = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Ratio = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: true),
                    TargetCount = table.Column<int>(type: "integer", nullable: true),
                    InspectorsPerTarget = table.Column<int>(type: "integer", nullable: false),
                    WeightedByRisk = table.Column<bool>(type: "boolean", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Frequency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CommittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DrawDay = table.Column<DateOnly>(type: "date", nullable: true),
                    Inputs = table.Column<string>(type: "text", nullable: true),
                    Commitment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Witness = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Seed = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Result = table.Column<string>(type: "text", nullable: true),
                    DrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DrawnBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drawn_inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    MatterId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectorIds = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conflict_declarations");

            migrationBuilder.DropTable(
                name: "drawn_inspections");

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
