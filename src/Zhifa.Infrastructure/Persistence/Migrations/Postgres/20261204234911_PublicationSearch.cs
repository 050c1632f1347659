using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhifa.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublicationSearch : Migration
    {
        // Hand-written: a pg_trgm GIN index over publications."SearchText", which the escaped LIKE of the search
        // uses for patterns with 3 or more characters. If the server lacks pg_trgm, or the migrating role may not
        // create it, the migration still succeeds without the index (a notice gives the reason) and search stays a
        // sequential scan. Building the index indexes the rows already there. Down keeps the extension, because
        // other objects may use it.
        // NOTE: pg_trgm makes trigrams only of characters the database locale counts as letters. Under C.UTF-8
        // (the test servers) Chinese characters count, checked with show_trgm('人防工程'). Other locales are
        // not checked: where they do not count, search stays correct but reads the whole index.
        private const string UpSql = """
            DO $$
            BEGIN
                BEGIN
                    CREATE EXTENSION IF NOT EXISTS pg_trgm;
                EXCEPTION WHEN OTHERS THEN
                    RAISE NOTICE 'pg_trgm is not available (%): publication search is not indexed.', SQLERRM;
                END;
                IF EXISTS (SELECT 1 FROM pg_opclass WHERE opcname = 'gin_trgm_ops') THEN
                    CREATE INDEX IF NOT EXISTS "IX_publications_SearchText_trgm"
                        ON publications USING gin ("SearchText" gin_trgm_ops);
                END IF;
            END
            $$;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(UpSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_publications_SearchText_trgm";""");
        }
    }
}
