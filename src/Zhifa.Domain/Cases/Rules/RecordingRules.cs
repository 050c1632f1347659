using System.Globalization;
using Zhifa.Domain.Common;
using Zhifa.Domain.Lists;

namespace Zhifa.Domain.Cases.Rules;

/// <summary>
/// The audio/video recording matters list (音像记录事项清单): a step whose stage the list names for the case's
/// matter (or for every matter, "*") needs a recording attached to that step; where the list asks for the whole
/// process, the recording must cover the step's start and end times.
/// </summary>
public static class RecordingRules
{
    public static readonly LegalSource Source = new(
        "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）第（八）项；《中华人民共和国行政处罚法》第四十七条；本机关音像记录事项清单",
        "State Council General Office Opinion No. 118 (2018) item (8); Administrative Penalty Law Art. 47; the agency's audio/video recording matters list");

    /// <summary>The case actions that carry out each stage of the list; stages without a case action are absent.</summary>
    public static IReadOnlyList<CaseAction> ActionsOf(RecordedStage stage) => stage switch
    {
        RecordedStage.OnSiteInspection => [CaseAction.Inspect, CaseAction.Reinspect],
        RecordedStage.Hearing => [CaseAction.HoldHearing],
        RecordedStage.Delivery => [CaseAction.Deliver],
        RecordedStage.Execution => [CaseAction.RecordExecution],
        _ => [],
    };

    /// <summary>The guard for <paramref name="action"/>: a recording of the step must be attached.</summary>
    public static Func<CaseContext, Error?> Required(CaseAction action) => ctx => Check(action, ctx);

    /// <summary>The list entries that apply to <paramref name="action"/> on the case's matter.</summary>
    public static IReadOnlyList<RecordingMatter> MattersFor(CaseAction action, CaseContext ctx) =>
        ctx.RecordingMatters
            .Where(m => m.MatterCode == "*" || m.MatterCode == ctx.Matter.Code)
            .Where(m => ActionsOf(m.Stage).Contains(action))
            .ToList();

    private static Error? Check(CaseAction action, CaseContext ctx)
    {
        if (!ctx.Settings.RequireRecordings)
        {
            return null;
        }

        var matters = MattersFor(action, ctx);
        if (matters.Count == 0)
        {
            return null;
        }

        var code = CaseActions.Code(action);
        var photoAllowed = matters.All(m => m.RecordingMethod.Contains("照相", StringComparison.Ordinal));
        var recordings = ctx.Recordings
            .Where(r => r.StepCode == code && (r.IsAudioOrVideo || (photoAllowed && r.IsImage)))
            .ToList();
        var listed = string.Join("、", matters.Select(m => m.Code));
        if (recordings.Count == 0)
        {
            return Error.Rule(
                "case.recording_missing",
                $"The recording matters list ({listed}) requires an audio/video recording of the step '{code}'; upload it to this step first.",
                Source,
                new Dictionary<string, string> { ["step"] = code, ["matters"] = listed });
        }

        if (ctx.IsPreview || !matters.Any(m => m.WholeProcess))
        {
            return null;
        }

        return WholeProcessCovered(code, listed, recordings, ctx.Request);
    }

    private static Error? WholeProcessCovered(string code, string listed, List<CaseRecording> recordings, CaseActionRequest request)
    {
        if (request.StepStartedAt is not { } start || request.StepEndedAt is not { } end || end < start)
        {
            return Error.Rule(
                "case.recording_span_needed",
                $"The recording matters list ({listed}) requires the whole step '{code}' on record; give the step's start and end times (stepStartedAt, stepEndedAt).",
                Source,
                new Dictionary<string, string> { ["step"] = code, ["matters"] = listed });
        }

        if (recordings.Any(r => r.Start <= start && r.End >= end))
        {
            return null;
        }

        var spans = string.Join("; ", recordings.Select(r => r.Start is { } s && r.End is { } e
            ? $"{Time(s)}–{Time(e)}"
            : "unknown span"));
        return Error.Rule(
            "case.recording_not_whole",
            $"The step '{code}' ran from {Time(start)} to {Time(end)}, but no recording attached to it covers that span ({spans}).",
            Source,
            new Dictionary<string, string>
            {
                ["step"] = code,
                ["start"] = Time(start),
                ["end"] = Time(end),
                ["recorded"] = spans,
            });
    }

    private static string Time(DateTimeOffset t) =>
        t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
