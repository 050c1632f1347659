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
    public static IReadOnlyList<ProcedureKind> Procedures { get; } =
        [ProcedureKind.GeneralPenalty, ProcedureKind.SimplePenalty, ProcedureKind.Inspection];

    public ProcedureKind Current { get; private set; }

    public string Svg { get; private set; } = "";

    public FlowGraph Graph { get; private set; } = new("", [], []);

    public IActionResult OnGet(string? procedure)
    {
        if (procedure is null)
        {
            Current = ProcedureKind.GeneralPenalty;
        }
        else if (!Enum.TryParse<ProcedureKind>(procedure, ignoreCase: false, out var kind) || !Procedures.Contains(kind))
        {
            return NotFound();
        }
        else
        {
            Current = kind;
        }

        Graph = Build(Current, texts);
        Svg = SvgFlowchart.Render(Graph);
        return Page();
    }

    public static string TitleOf(ProcedureKind kind, Texts texts) => texts["publicity.flow." + kind];

    public static FlowGraph Build(ProcedureKind kind, Texts texts) => ProcedureGraph.From(
        Procedure.For(kind),
        TitleOf(kind, texts),
        stage => texts["case.stage." + stage],
        action => texts["case.action." + action]);
}
