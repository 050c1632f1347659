using Zhifa.Domain.Calendar;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Cases.Procedures;
using Zhifa.Domain.Lists;

namespace Zhifa.Domain.Flowcharts;

/// <summary>
/// Turns a case procedure into a <see cref="FlowGraph"/>. A transition's target may depend on the request
/// (a legal review passes or returns the case), so each target function is asked with every review outcome, with
/// and without a leader's ruling in favour, and with and without a recorded execution; every stage it returns
/// becomes an edge. Steps that record a fact
/// without moving the case are left out.
/// </summary>
public static class ProcedureGraph
{
    public static FlowGraph From(Procedure procedure, string title, Func<CaseStage, string> stageLabel, Func<string, string> actionLabel)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(stageLabel);
        ArgumentNullException.ThrowIfNull(actionLabel);
        var edges = new List<FlowEdge>();
        foreach (var transition in procedure.Transitions.Where(t => t.MovesStage))
        {
            foreach (var from in transition.From)
            {
                foreach (var to in Targets(transition, from))
                {
                    if (to != from)
                    {
                        edges.Add(new FlowEdge(from.ToString(), to.ToString(), actionLabel(transition.Code)));
                    }
                }
            }
        }

        var used = edges.SelectMany(e => new[] { e.From, e.To }).ToHashSet();
        // End stages: those no step leaves, and the procedure's last stage (which a reopening may leave).
        var finals = procedure.Stages.Where(s => !edges.Any(e => e.From == s.ToString())).Select(s => s.ToString()).ToHashSet();
        if (procedure.Stages.Count > 0)
        {
            finals.Add(procedure.Stages[^1].ToString());
        }

        var nodes = procedure.Stages
            .Where(s => used.Contains(s.ToString()) || s == procedure.Start)
            .Select(s => new FlowNode(s.ToString(), stageLabel(s), s == procedure.Start, finals.Contains(s.ToString())))
            .ToList();
        return new FlowGraph(title, nodes, [.. edges.Distinct()]);
    }

    private static IEnumerable<CaseStage> Targets(Transition transition, CaseStage from)
    {
        var found = new HashSet<CaseStage>();
        ReviewOutcome?[] outcomes = [null, .. Enum.GetValues<ReviewOutcome>().Cast<ReviewOutcome?>()];
        foreach (var outcome in outcomes)
        {
            foreach (var executed in new[] { false, true })
            {
                foreach (var rulingPassed in new bool?[] { null, true })
                {
                    try
                    {
                        found.Add(transition.Target!(Probe(from, outcome, executed, rulingPassed)));
                    }
                    catch (Exception e) when (e is NullReferenceException or InvalidOperationException or ArgumentException)
                    {
                        // A target that needs more than the probe offers contributes the answers it could give.
                    }
                }
            }
        }

        return found.Order();
    }

    private static CaseContext Probe(CaseStage from, ReviewOutcome? outcome, bool executed, bool? rulingPassed)
    {
        var day = new DateOnly(2026, 1, 5);
        var c = new EnforcementCase { Stage = from };
        if (executed)
        {
            c.Execution.ExecutedOn = day;
        }

        return new CaseContext(
            c,
            new CaseActionRequest { ReviewOutcome = outcome, RulingPassed = rulingPassed },
            day,
            day,
            WorkingDayCalendar.Empty,
            new EnforcementMatter { Code = "", Name = "", Category = "", LegalBasisLaw = "", LegalBasisArticle = "", LegalBasisText = "", EnforcementBody = "" },
            new Dictionary<Guid, Officer>(),
            [],
            new CaseActor(Guid.Empty, "", new HashSet<string>(), null, null),
            new CaseSettings(),
            []);
    }
}
