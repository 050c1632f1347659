using Zhifa.Domain.Lists;
using Zhifa.Infrastructure.Lists;
using Zhifa.Infrastructure.Lists.Files;
using Zhifa.Web.Access;
using Zhifa.Web.Problems;

namespace Zhifa.Web.Lists;

/// <summary>
/// /api/lists: the five lists for signed-in staff, scoped to the organisations each user may see.
/// An entry outside the user's scope answers 404, the same as one that does not exist.
/// </summary>
internal static class ListApi
{
    public static void MapListApi(this IEndpointRouteBuilder endpoints)
    {
        var lists = endpoints.MapGroup("/api/lists").RequireAuthorization().WithTags("Lists");
        lists.MapGet("/", () => Results.Ok(ListCatalog.All.Select(d => new
        {
            d.Slug,
            d.TitleZh,
            d.TitleEn,
            Columns = d.Columns.Select(c => new
            {
                c.Name,
                c.HeaderZh,
                c.HeaderEn,
                c.IsRequired,
                c.MaxLength,
                c.IsNumeric,
                Choices = c.Choices?.Select(choice => new { choice.Value, choice.Zh, choice.En }),
            }),
        })));
        lists.MapGet("/{slug}", QueryAsync);
        lists.MapGet("/{slug}/export", ExportAsync);
        lists.MapGet("/{slug}/{id:guid}", GetAsync);
        lists.MapGet("/{slug}/{id:guid}/history", HistoryAsync);
        lists.MapPost("/{slug}", CreateAsync);
        lists.MapPut("/{slug}/{id:guid}", UpdateAsync);
        lists.MapPost("/{slug}/import", ImportAsync);
    }

    private static async Task<IResult> QueryAsync(
        string slug, string? search, string? page, string? pageSize,
        ListRepositories repositories, CurrentActor current, TimeProvider clock, CancellationToken ct)
    {
        if (ListCatalog.FindBySlug(slug) is not { } definition)
        {
            return UnknownList(slug);
        }

        if (!QueryNumber.TryRead("page", page, 1, 100_000, 1, out var pageNumber, out var problem)
            || !QueryNumber.TryRead("pageSize", pageSize, 1, 200, 50, out var size, out problem))
        {
            return problem!;
        }

        var actor = await current.GetAsync(ct);
        var repository = repositories.For(definition.Kind);
        var result = await repository.QueryAsync(actor, search, (int)pageNumber, (int)size, ct);
        var context = repository.ContextFor(actor);
        return Results.Ok(new
        {
            total = result.Total,
            page = result.Page,
            pageSize = result.PageSize,
            items = result.Items.Select(i => ListItemJson.From(definition, i, context, clock)),
        });
    }

    private static async Task<IResult> GetAsync(
        string slug, Guid id, ListRepositories repositories, CurrentActor current, TimeProvider clock, CancellationToken ct)
    {
        if (ListCatalog.FindBySlug(slug) is not { } definition)
        {
            return UnknownList(slug);
        }

        var actor = await current.GetAsync(ct);
        var repository = repositories.For(definition.Kind);
        var item = await repository.FindAsync(actor, id, ct);
        return item is null
            ? ProblemResults.From(ListErrors.NotFound(slug, id))
            : Results.Ok(ListItemJson.From(definition, item, repository.ContextFor(actor), clock));
    }

    private static async Task<IResult> HistoryAsync(
        string slug, Guid id, ListRepositories repositories, CurrentActor current, CancellationToken ct)
    {
        if (ListCatalog.FindBySlug(slug) is not { } definition)
        {
            return UnknownList(slug);
        }

        var history = await repositories.For(definition.Kind).HistoryAsync(await current.GetAsync(ct), id, ct);
        return history.Count == 0
            ? ProblemResults.From(ListErrors.NotFound(slug, id))
            : Results.Ok(history.Select(v => new
            {
                number = v.Version.Number,
                change = v.Version.Change.ToString(),
                changedBy = v.Version.ChangedByName,
                changedAt = v.Version.ChangedAt,
                values = v.Values,
                changes = v.Changes,
            }));
    }

    private static async Task<IResult> CreateAsync(
        string slug, ListWriteRequest request,
        ListRepositories repositories, CurrentActor current, TimeProvider clock, CancellationToken ct)
    {
        if (ListCatalog.FindBySlug(slug) is not { } definition)
        {
            return UnknownList(slug);
        }

        if (request.Values is null)
        {
            return ProblemResults.BadRequest("list.values_missing", "The body needs a 'values' object of column name to text.");
        }

        var actor = await current.GetAsync(ct);
        var repository = repositories.For(definition.Kind);
        var result = await repository.CreateAsync(actor, request.Values, ct);
        return ToResult(result, item => Results.Created(
            $"/api/lists/{slug}/{item.Id}", ListItemJson.From(definition, item, repository.ContextFor(actor), clock)));
    }

    private static async Task<IResult> UpdateAsync(
        string slug, Guid id, ListWriteRequest request,
        ListRepositories repositories, CurrentActor current, TimeProvider clock, CancellationToken ct)
    {
        if (ListCatalog.FindBySlug(slug) is not { } definition)
        {
            return UnknownList(slug);
        }

        if (request.Values is null || request.Version is null)
        {
            return ProblemResults.BadRequest(
                "list.version_missing",
                "The body needs 'version' (the version you edited, from GET) and a 'values' object of column name to text.");
        }

        var actor = await current.GetAsync(ct);
        var repository = repositories.For(definition.Kind);
        var result = await repository.UpdateAsync(actor, id, request.Version.Value, request.Values, ct);
        return ToResult(result, item => Results.Ok(ListItemJson.From(definition, item, repository.ContextFor(actor), clock)));
    }

    private static async Task<IResult> ImportAsync(
        string slug, HttpRequest request, ListRepositories repositories, CurrentActor current, CancellationToken ct)
    {
        if (ListCatalog.FindBySlug(slug) is not { } definition)
        {
            return UnknownList(slug);
        }

        if (ListFileTypes.FromContentType(request.ContentType) is not { } format)
        {
            return ProblemResults.BadRequest(
                "import.content_type",
                $"Send the file as the request body with Content-Type {ListFileTypes.CsvMediaType} or {ListFileTypes.XlsxMediaType}.");
        }

        if (request.ContentLength > ListFileLimits.MaxBytes)
        {
            return Results.Problem(
                detail: $"The file has {request.ContentLength} bytes; at most {ListFileLimits.MaxBytes} are accepted. Split it.",
                statusCode: StatusCodes.Status413PayloadTooLarge,
                extensions: new Dictionary<string, object?> { ["code"] = "import.too_large" });
        }

        var actor = await current.GetAsync(ct);
        if (!actor.MaintainsLists)
        {
            return ProblemResults.From(ListErrors.NotMaintainer());
        }

        var file = await ListFileReader.ReadAsync(definition, request.Body, format, ct);
        if (file.Errors.Count > 0)
        {
            return ProblemResults.From(file.Errors, "import.rejected");
        }

        var report = await repositories.For(definition.Kind).ImportAsync(actor, file.Rows, ct);
        return report.Applied
            ? Results.Ok(new { created = report.Created, updated = report.Updated, unchanged = report.Unchanged })
            : ProblemResults.From(report.Errors, "import.rejected");
    }

    private static async Task<IResult> ExportAsync(
        string slug, string? format, ListRepositories repositories, CurrentActor current, CancellationToken ct)
    {
        if (ListCatalog.FindBySlug(slug) is not { } definition)
        {
            return UnknownList(slug);
        }

        if (ListFileTypes.FromName(format ?? "csv") is not { } fileFormat)
        {
            return ProblemResults.BadRequest("export.format", $"The format \"{format}\" is not offered; use csv or xlsx.");
        }

        var actor = await current.GetAsync(ct);
        var repository = repositories.For(definition.Kind);
        var context = repository.ContextFor(actor);
        var items = await repository.AllAsync(actor, ct);
        var buffer = new MemoryStream();
        await ListFileWriter.WriteAsync(definition, items.Select(i => definition.Snapshot(i, context)), fileFormat, buffer, ct);
        return Results.File(buffer.ToArray(), ListFileTypes.MediaType(fileFormat), ListFileTypes.FileName(definition, fileFormat));
    }

    private static IResult ToResult(ListWriteResult result, Func<IListItem, IResult> onSaved)
    {
        if (result.Error is not null)
        {
            return ProblemResults.From(result.Error);
        }

        return result.FieldErrors.Count > 0 ? ProblemResults.From(result.FieldErrors) : onSaved(result.Item!);
    }

    private static IResult UnknownList(string slug) => ProblemResults.From(Zhifa.Domain.Common.Error.NotFound(
        "list.unknown",
        $"There is no list \"{slug}\"; the lists are {string.Join(", ", ListCatalog.All.Select(d => d.Slug))}."));
}
