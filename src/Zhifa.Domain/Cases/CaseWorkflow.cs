using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Zhifa.Domain.Access;
using Zhifa.Domain.Cases.Procedures;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Cases;

/// <summary>
/// Runs a case's procedure: lists the steps open now and why the others are blocked, and applies an action
/// after checking, in order, that the procedure defines it, the stage allows it, the version is current, the
/// person may take it, the required fields are there, the day is plausible and every guard passes.
/// </summary>
public static class CaseWorkflow
{
    private static readonly JsonSerializerOptions DetailsJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly string[] Heads = [Roles.DepartmentHead, Roles.AgencyLeader];

    /// <summary>The transitions that start from the case's stage, each open or with its blocking reasons.</summary>
    public static IReadOnlyList<StepOption> Options(CaseContext ctx)
    {
        var preview = ctx with { IsPreview = true };
        return Procedure.For(ctx.Case.Procedure).Transitions
            .Where(t => t.From.Contains(ctx.Case.Stage))
            .Select(t => new StepOption(t, PreviewBlocks(t, preview)))
            .ToList();
    }

    /// <summary>
    /// Applies <paramref name="action"/> and returns the new step, or every reason it was refused. On
    /// success the case is changed in memory; the caller saves it and the step together.
    /// </summary>
    public static Result<CaseStep> Apply(CaseAction action, CaseContext ctx, DateTimeOffset now)
    {
        var c = ctx.Case;
        var transition = Procedure.For(c.Procedure).Find(action);
        if (transition is null)
        {
            return Error.Conflict("case.action_not_in_procedure", $"The {c.Procedure} procedure has no step '{CaseActions.Code(action)}'.");
        }

        if (!transition.From.Contains(c.Stage))
        {
            return NotInStage(transition, c);
        }

        if (ctx.Request.Version is not { } version)
        {
            return Missing("version");
        }

        if (version != c.Version)
        {
            return Error.Conflict(
                "case.stale",
                $"The case changed since it was loaded (version {version}, now {c.Version}); reload it and try again.");
        }

        var refusals = new List<Error>();
        refusals.AddRange(ActorBlocks(transition, ctx));
        refusals.AddRange(transition.RequiredFields.Where(f => !RequestFields.IsPresent(f, ctx.Request)).Select(Missing));
        refusals.AddRange(TooLong(ctx.Request));
        refusals.AddRange(Unsafe(ctx.Request));
        if (refusals.Count > 0)
        {
            return Result<CaseStep>.Failure(refusals);
        }

        refusals.AddRange(DateBlocks(ctx));
        refusals.AddRange(transition.Guards.SelectMany(g => g.Checks(ctx)));
        if (refusals.Count > 0)
        {
            return Result<CaseStep>.Failure(refusals);
        }

        return Step(transition, ctx, now);
    }

    private static CaseStep Step(Transition transition, CaseContext ctx, DateTimeOffset now)
    {
        var c = ctx.Case;
        var from = c.Stage;
        var to = transition.Target?.Invoke(ctx) ?? from;
        transition.Apply(ctx);
        c.Stage = to;
        c.StepCount++;
        c.LastEffectiveOn = ctx.EffectiveOn;
        c.Version++;
        c.UpdatedAt = now;
        return new CaseStep
        {
            Id = Guid.NewGuid(),
            CaseId = c.Id,
            Sequence = c.StepCount,
            Action = transition.Code,
            FromStage = from,
            ToStage = to,
            EffectiveOn = ctx.EffectiveOn,
            RecordedAt = now,
            ActorUserId = ctx.Actor.UserId,
            ActorName = ctx.Actor.Name,
            Certificate = ctx.Actor.Certificate,
            Details = JsonSerializer.Serialize(ctx.Request, DetailsJson),
        };
    }

    private static List<Error> PreviewBlocks(Transition transition, CaseContext ctx)
    {
        var blocks = ActorBlocks(transition, ctx);
        blocks.AddRange(transition.Guards.Where(g => !g.NeedsInput).SelectMany(g => g.Checks(ctx)));
        return blocks;
    }

    private static List<Error> ActorBlocks(Transition transition, CaseContext ctx)
    {
        var actor = ctx.Actor;
        var allowed = transition.Actor switch
        {
            ActorRequirement.Head => actor.HasAnyRole(Heads),
            ActorRequirement.Leader => actor.Roles.Contains(Roles.AgencyLeader),
            ActorRequirement.LegalReviewer => actor.Roles.Contains(Roles.LegalReviewer),
            _ => actor.HasAnyRole(Heads) || IsAssignedOfficer(ctx),
        };
        if (allowed)
        {
            return [];
        }

        var (english, chinese, source) = transition.Actor switch
        {
            ActorRequirement.Head => ("a department head or agency leader", "部门负责人或者机关负责人", CaseLaw.HeadsDecide),
            ActorRequirement.Leader => ("an agency leader", "机关负责人", CaseLaw.CollectiveDiscussion),
            ActorRequirement.LegalReviewer => ("a legal reviewer", "法制审核人员", CaseLaw.LegalReview),
            _ => ("an officer assigned to the case, or a head", "本案承办执法人员或者负责人", CaseLaw.TwoCertifiedOfficers),
        };
        return
        [
            Error.Forbidden("case.actor_not_allowed", $"Only {english} may take this step ({source.English}).") with
            {
                Arguments = new Dictionary<string, string>
                {
                    ["requirement"] = transition.Actor.ToString(),
                    ["who"] = chinese,
                    ["source"] = source.Chinese,
                    ["source_en"] = source.English,
                },
            },
        ];
    }

    private static bool IsAssignedOfficer(CaseContext ctx) =>
        ctx.Actor.OfficerId is { } officer && ctx.Case.Officers.Any(o => o.OfficerId == officer && !o.DeclaredConflict);

    /// <summary>A step may not be dated in the future, before filing, or before the case's previous step.</summary>
    private static IEnumerable<Error> DateBlocks(CaseContext ctx)
    {
        var c = ctx.Case;
        var day = ctx.EffectiveOn;
        if (day > ctx.Today)
        {
            yield return Error.Invalid("case.effective_in_future", $"The step cannot take effect in the future ({Day(day)}).");
        }

        if (c.FiledOn is { } filed && day < filed)
        {
            yield return Error.Rule(
                "case.effective_before_filing",
                $"The step is dated {Day(day)}, before the case was filed on {Day(filed)}.",
                CaseLaw.FullProcessRecord,
                new Dictionary<string, string> { ["day"] = Day(day), ["filed"] = Day(filed) });
        }
        else if (day < c.LastEffectiveOn)
        {
            yield return Error.Rule(
                "case.effective_before_previous",
                $"The step is dated {Day(day)}, before the previous step of {Day(c.LastEffectiveOn)}; record steps in order.",
                CaseLaw.FullProcessRecord,
                new Dictionary<string, string> { ["day"] = Day(day), ["previous"] = Day(c.LastEffectiveOn) });
        }
    }

    private static Error NotInStage(Transition transition, EnforcementCase c)
    {
        var message = c.IsFinished
            ? $"The case is {c.Stage}; it must be reopened, by an agency leader with a reason, before '{transition.Code}'."
            : $"'{transition.Code}' is not possible while the case is {c.Stage}.";
        return Error.Conflict(c.IsFinished ? "case.finished" : "case.action_not_in_stage", message) with
        {
            Arguments = new Dictionary<string, string> { ["stage"] = c.Stage.ToString(), ["action"] = transition.Code },
        };
    }

    /// <summary>
    /// The longest text a step field may hold. A statement or a finding runs to a few pages; more than this is a
    /// pasted file, which belongs in the evidence or documents, and would bloat every dossier and document.
    /// </summary>
    public const int MaxTextLength = 10_000;

    private static readonly System.Reflection.PropertyInfo[] TextFields =
        [.. typeof(CaseActionRequest).GetProperties().Where(p => p.PropertyType == typeof(string))];

    private static IEnumerable<Error> TooLong(CaseActionRequest request) =>
        TextFields
            .Select(p => (Name: JsonNamingPolicyName(p.Name), Value: p.GetValue(request) as string))
            .Where(f => f.Value is { Length: > MaxTextLength })
            .Select(f => Error.Invalid("case.step_text_too_long", $"'{f.Name}' has {f.Value!.Length} characters; at most {MaxTextLength} are kept. Attach longer texts as a document.") with
            {
                Arguments = new Dictionary<string, string>
                {
                    ["field"] = f.Name,
                    ["length"] = f.Value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["max"] = MaxTextLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
            });

    private static IEnumerable<Error> Unsafe(CaseActionRequest request) =>
        TextFields
            .Select(p => (Name: JsonNamingPolicyName(p.Name), Value: p.GetValue(request) as string))
            .Select(f => (f.Name, Character: Text.TypedText.FirstUnsafe(f.Value)))
            .Where(f => f.Character is not null)
            .Select(f => Error.Invalid("case.step_text_unsafe", $"'{f.Name}' contains the invisible character {Text.TypedText.CodePoint(f.Character!.Value)}; retype the value without it.") with
            {
                Arguments = new Dictionary<string, string>
                {
                    ["field"] = f.Name,
                    ["character"] = Text.TypedText.CodePoint(f.Character!.Value),
                },
            });

    private static string JsonNamingPolicyName(string property) => char.ToLowerInvariant(property[0]) + property[1..];

    private static Error Missing(string field) =>
        Error.Invalid("case.field_required", $"'{field}' is required for this step.") with
        {
            Arguments = new Dictionary<string, string> { ["field"] = field },
        };

    private static string Day(DateOnly day) => Rules.OfficerRules.Day(day);
}
