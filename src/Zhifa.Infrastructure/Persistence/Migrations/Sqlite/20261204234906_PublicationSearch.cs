using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhifa.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicationSearch : Migration
    {
        // Hand-written: an FTS5 trigram index over publications.SearchText, so a search of 3 or more characters
        // reads the index instead of scanning every row. The index is external-content: it stores no text of its
        // own and reads publications when asked. Its rowid is publications.FeedSequence (unique and indexed), not
        // the table's implicit rowid, which VACUUM may renumber. publications contains one current row per case,
        // changed in place when a new version is published or withdrawn, so the triggers follow inserts, updates
        // and deletes. The last statement indexes the rows already there.
        private static readonly string[] UpStatements =
        [
            """
            CREATE VIRTUAL TABLE publications_search USING fts5(
                SearchText, content='publications', content_rowid='FeedSequence', tokenize='trigram')
            """,
            """
            CREATE TRIGGER publications_search_insert AFTER INSERT ON publications BEGIN
                INSERT INTO publications_search(rowid, SearchText) VALUES (new.FeedSequence, new.SearchText);
            END
            """,
            """
            CREATE TRIGGER publications_search_delete AFTER DELETE ON publications BEGIN
                INSERT INTO publications_search(publications_search, rowid, SearchText) VALUES ('delete', old.FeedSequence, old.SearchText);
            END
            """,
            """
            CREATE TRIGGER publications_search_update AFTER UPDATE OF FeedSequence, SearchText ON publications BEGIN
                INSERT INTO publications_search(publications_search, rowid, SearchText) VALUES ('delete', old.FeedSequence, old.SearchText);
                INSERT INTO publications_search(rowid, SearchText) VALUES (new.FeedSequence, new.SearchText);
            END
            """,
            "INSERT INTO publications_search(publications_search) VALUES ('rebuild')",
        ];

        private static readonly string[] DownStatements =
        [
            "DROP TRIGGER IF EXISTS publications_search_update",
            "DROP TRIGGER IF EXISTS publications_search_delete",
            "DROP TRIGGER IF EXISTS publications_search_insert",
            "DROP TABLE IF EXISTS publications_search",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in UpStatements)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in DownStatements)
            {
                migrationBuilder.Sql(statement);
            }
        }
    }
}
