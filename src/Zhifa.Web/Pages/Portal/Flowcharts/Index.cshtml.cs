using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Cases.Procedures;
using Zhifa.Domain.Flowcharts;
using Zhifa.Web.Localization;

namespace Zhifa.Web.Pages.Portal.Flowcharts;

/// <summary>
/// The enforcement flowcharts, drawn on the server from the procedure definitions the case workflow enforces,
/// so the published chart cannot disagree with practice.
/// </summary>
public sealed class IndexModel(Texts texts) : PageModel
{
    /// <summary>The legal review's chart, drawn from the review transitions of the general procedure.</summary>
    public const string LegalReview = "LegalReview";

    public static IReadOnlyList<string> Charts { get; } =
        [nameof(ProcedureKind.GeneralPenalty), nameof(ProcedureKind.SimplePenalty), nameof(ProcedureKind.Inspection), LegalReview];

    public string Current { get; private set; } = nameof(ProcedureKind.GeneralPenalty);

    public string Svg { get; private set; } = "";

    public FlowGraph Graph { get; private set; } = new("", [], []);

    public IActionResult OnGet(string? procedure)
    {
        if (procedure is not null && !Charts.Contains(procedure))
        {
            return NotFound();
        }

        Current = procedure ?? Current;

        Graph = Build(Current, texts);
        Svg = SvgFlowchart.Render(Graph);
        return Page();
    }

    public static string TitleOf(string chart, Texts texts) => texts["publicity.flow." + chart];

    public static FlowGraph Build(string chart, Texts texts) => chart == LegalReview
        ? LegalReviewGraph.From(TitleOf(chart, texts), Texts.IsEnglish)
        : ProcedureGraph.From(
            Procedure.For(Enum.Parse<ProcedureKind>(chart)),
            TitleOf(chart, texts),
            stage => texts["case.stage." + stage],
            action => texts["case.action." + action]);
}
