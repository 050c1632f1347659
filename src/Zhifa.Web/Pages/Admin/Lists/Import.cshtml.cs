using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Lists;
using Zhifa.Infrastructure.Lists;
using Zhifa.Infrastructure.Lists.Files;
using Zhifa.Web.Access;
using Zhifa.Web.Lists;

namespace Zhifa.Web.Pages.Admin.Lists;

/// <summary>Upload a CSV or XLSX file into a list: every problem is listed, and a file with any problem changes nothing.</summary>
[RequestSizeLimit(ListFileLimits.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ListFileLimits.MaxBytes + 64 * 1024)]
public sealed class ImportModel(ListRepositories repositories, CurrentActor current) : PageModel
{
    public IListDefinition Definition { get; private set; } = PersonnelList.Definition;

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public ImportReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) => await LoadAsync(slug, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string slug, IFormFile? file, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } failure)
        {
            return failure;
        }

        if (file is null || ListFileTypes.FromFileName(file.FileName) is not { } format)
        {
            Errors = [new FieldError(0, "", file?.FileName ?? "", "import.file_type", "Choose a .csv or .xlsx file.")];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await using var stream = file.OpenReadStream();
        var read = await ListFileReader.ReadAsync(Definition, stream, format, ct);
        Report = read.Errors.Count > 0
            ? new ImportReport(0, 0, 0, read.Errors)
            : await repositories.For(Definition.Kind).ImportAsync(await current.GetAsync(ct), read.Rows, ct);
        Errors = Report.Errors;
        if (!Report.Applied)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken ct)
    {
        if (ListCatalog.FindBySlug(slug) is not { } definition)
        {
            return NotFound();
        }

        Definition = definition;
        return (await current.GetAsync(ct)).MaintainsLists ? null : Forbid();
    }
}
