using Zhifa.Domain.Cases;
using Zhifa.Domain.Tests.Cases;
using Zhifa.Domain.Text;

namespace Zhifa.Domain.Tests.Text;

/// <summary>Invisible characters that typed text may not hold, in case steps and registrations as well.</summary>
public sealed class TypedTextTests
{
    [Theory]
    [InlineData("长政复决字〔2026〕12号", null)]
    [InlineData("第一行\r\n第二行\t缩进", null)]
    [InlineData("长治市\u0000人民政府", 0x0000)]
    [InlineData("\u202e号21", 0x202E)]
    [InlineData("a\u2066b", 0x2066)]
    [InlineData("删除\u007f", 0x007F)]
    public void First_unsafe_character(string text, int? expected)
    {
        Assert.Equal(expected, TypedText.FirstUnsafe(text));
    }

    [Fact]
    public void Lone_surrogate_is_unsafe()
    {
        // Built in code: the test runner would replace a lone surrogate in attribute data before the test saw it.
        var text = "broken " + (char)0xD800 + " half";

        Assert.Equal(0xFFFD, TypedText.FirstUnsafe(text));
    }

    [Fact]
    public void Case_step_text_rejected()
    {
        var f = new CaseFixture();
        f.Register("2026-06-01").Investigating("2026-06-01");
        var request = CaseFixture.Proposal(20_000);
        request.Facts = "当事人擅自拆除\u0000警报设施";

        var result = f.Act(CaseAction.ProposeDecision, f.Officer1, "2026-06-02", request);

        var error = Assert.Single(result.Errors);
        Assert.Equal("case.step_text_unsafe", error.Code);
        Assert.Equal("facts", error.Arguments["field"]);
        Assert.Equal("U+0000", error.Arguments["character"]);
    }

    [Fact]
    public void Registration_title_rejected()
    {
        var request = new NewCaseRequest
        {
            Procedure = ProcedureKind.GeneralPenalty,
            MatterId = Guid.NewGuid(),
            Title = "擅自拆除\u202e警报设施案",
            PartyKind = PartyKind.Unit,
            PartyName = "测试（长治）样例有限公司",
            ActDate = new DateOnly(2026, 5, 20),
        };

        var result = CaseRegistration.Register(request, Guid.NewGuid(), new DateOnly(2026, 6, 1), DateTimeOffset.UnixEpoch);

        var error = Assert.Single(result.Errors);
        Assert.Equal("case.field_unsafe", error.Code);
        Assert.Equal("title", error.Arguments["field"]);
    }
}
