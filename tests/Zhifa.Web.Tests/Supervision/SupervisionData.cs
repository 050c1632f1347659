using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Supervision;

/// <summary>
/// A known data set for the supervision figures, all registered on 2026-06-01:
/// in the city office A (filed), B (only registered) and C (simple procedure, decided on the spot with a
/// 150-yuan fine, paid and closed); in the 潞州区 county office D (only registered).
/// On 2026-06-30 the 15-working-day clue verification of B and D has passed: it ended on 2026-06-23, as
/// the Dragon Boat Festival (Friday 2026-06-19) is not a working day.
/// </summary>
internal sealed record SupervisionData(Guid A, Guid B, Guid C, Guid D)
{
    public static async Task<SupervisionData> CreateAsync(CaseApiClient api)
    {
        api.SetToday(6, 1);
        var zhang = await api.OfficerIdAsync("14040001");
        var li = await api.OfficerIdAsync("14040002");
        var feng = await api.OfficerIdAsync("14040101");
        var huang = await api.OfficerIdAsync("14040102");
        var matter = await api.MatterIdAsync("CZRF-CF-001");

        var a = await api.RegisterAsync("officer", General(matter, "甲案", zhang, li));
        await api.StepAsync("head", a, "approve-filing", new() { ["officerIds"] = new[] { zhang, li } });
        var b = await api.RegisterAsync("officer", General(matter, "乙案", zhang, li));

        var c = await api.RegisterAsync("officer", new
        {
            procedure = "SimplePenalty",
            matterId = matter,
            title = "丙案",
            source = "Inspection",
            actDate = "2026-06-01",
            partyKind = "Individual",
            partyName = "王测试",
            officerIds = new[] { zhang, li },
        });
        await api.StepAsync("officer", c, "decide-on-spot", new()
        {
            ["penalties"] = "Fine",
            ["fineAmount"] = 150,
            ["facts"] = "当场发现擅自拆除警报设施的线缆。",
            ["legalBasis"] = "《中华人民共和国人民防空法》第四十九条",
        });
        await api.StepAsync("officer", c, "file-with-agency");
        await api.StepAsync("officer", c, "record-execution", new() { ["paidAmount"] = 150 });
        await api.StepAsync("head", c, "close", new() { ["reason"] = "罚款已当场缴清。" });

        var d = await api.RegisterAsync("luzhou.officer", General(matter, "丁案", feng, huang));
        return new SupervisionData(a, b, c, d);
    }

    private static object General(Guid matter, string title, Guid first, Guid second) => new
    {
        procedure = "GeneralPenalty",
        matterId = matter,
        title,
        source = "Complaint",
        actDate = "2026-05-20",
        partyKind = "Unit",
        partyName = "测试（长治）样例有限公司",
        partyIdNumber = "91140400MA0TEST01X",
        officerIds = new[] { first, second },
    };
}
