namespace Zhifa.Domain.Lists;

/// <summary>The audio/video recording matters list (音像记录事项清单).</summary>
public static class RecordingMattersList
{
    public static ListDefinition<RecordingMatter> Definition { get; } = new(
        ListKind.RecordingMatters,
        "recording-matters",
        "音像记录事项清单",
        "Audio/video recording matters",
        () => new RecordingMatter { Code = "", MatterCode = "", RecordingMethod = "" },
        [
            Columns.Text<RecordingMatter>("code", "编号", "Code", m => m.Code, (m, v) => m.Code = v ?? "", required: true, maxLength: 40),
            Columns.Text<RecordingMatter>("matter_code", "执法事项编码（*为全部）", "Matter code (* for all)",
                m => m.MatterCode, (m, v) => m.MatterCode = v ?? "", required: true, maxLength: 40),
            Columns.Choice<RecordingMatter, RecordedStage>("stage", "执法环节", "Stage", m => m.Stage, (m, v) => m.Stage = v),
            Columns.Text<RecordingMatter>("recording_method", "记录方式", "Recording method",
                m => m.RecordingMethod, (m, v) => m.RecordingMethod = v ?? "", required: true),
            Columns.YesNo<RecordingMatter>("whole_process", "是否全程记录", "Whole process",
                m => m.WholeProcess, (m, v) => m.WholeProcess = v),
        ]);
}
