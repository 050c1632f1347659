using Zhifa.Domain.Calendar;
using Zhifa.Domain.Publicity;
using Zhifa.Domain.Tests.Calendar;

namespace Zhifa.Domain.Tests.Publicity;

/// <summary>What staff type when they note that a published decision must come down, and the day it is due.</summary>
public sealed class WithdrawalNoticeTests
{
    private static readonly DateOnly DecidedOn = new(2026, 9, 1);
    private static readonly DateOnly Today = new(2026, 10, 8);

    [Fact]
    public void Valid_notice_trimmed_and_due()
    {
        var notice = WithdrawalNotice.Create(
            WithdrawalReason.Revoked, new DateOnly(2026, 9, 30), " 长治市人民政府 ", " 长政复决字〔2026〕12号 ", "  ", DecidedOn, Today);

        Assert.True(notice.IsSuccess);
        Assert.Equal("长治市人民政府", notice.Value.Authority);
        Assert.Equal("长政复决字〔2026〕12号", notice.Value.DocumentNumber);
        Assert.Null(notice.Value.Note);
        // 1–7 October are off and Saturday 10 October is a make-up working day: 8, 9, 10 October.
        Assert.Equal(new DateOnly(2026, 10, 10), notice.Value.Due(Notices.Both).Day);
    }

    [Fact]
    public void Future_event_rejected()
    {
        var result = WithdrawalNotice.Create(WithdrawalReason.Revoked, Today.AddDays(1), "长治市人民政府", "长政复决字〔2026〕12号", null, DecidedOn, Today);

        var error = Assert.Single(result.Errors);
        Assert.Equal("publicity.event_in_future", error.Code);
        Assert.Equal("eventOn", error.Arguments["field"]);
        Assert.Equal("2026-10-09", error.Arguments["day"]);
        Assert.Equal("2026-10-08", error.Arguments["today"]);
    }

    [Fact]
    public void Event_before_decision_rejected()
    {
        var result = WithdrawalNotice.Create(WithdrawalReason.ToBeMadeAnew, new DateOnly(2026, 8, 31), "长治市中级人民法院", "（2026）晋04行终1号", null, DecidedOn, Today);

        var error = Assert.Single(result.Errors);
        Assert.Equal("publicity.event_before_decision", error.Code);
        Assert.Equal("2026-09-01", error.Arguments["decidedOn"]);
    }

    [Fact]
    public void Missing_fields_named()
    {
        var result = WithdrawalNotice.Create(null, null, " ", null, null, DecidedOn, Today);

        Assert.Equal(
            ["reason", "eventOn", "authority", "documentNumber"],
            result.Errors.Select(e => e.Arguments["field"]).ToArray());
        Assert.Equal(["publicity.reason_required", "publicity.event_on_required"], result.Errors.Take(2).Select(e => e.Code).ToArray());
    }

    [Fact]
    public void Unknown_reason_long_texts_rejected()
    {
        var result = WithdrawalNotice.Create(
            (WithdrawalReason)42, DecidedOn, new string('机', 101), "号", new string('说', 901), DecidedOn, Today);

        Assert.Equal(["reason", "authority", "note"], result.Errors.Select(e => e.Arguments["field"]).ToArray());
        Assert.Equal("100", result.Errors[1].Arguments["max"]);
        Assert.Equal("900", result.Errors[2].Arguments["max"]);
    }

    [Theory]
    [InlineData("2026-10-08", DeadlineState.DueSoon)]
    [InlineData("2026-10-10", DeadlineState.DueSoon)]
    [InlineData("2026-10-12", DeadlineState.Overdue)]
    public void Due_state_by_working_days_left(string today, DeadlineState expected)
    {
        var notice = WithdrawalNotice.Create(WithdrawalReason.Revoked, new DateOnly(2026, 9, 30), "长治市人民政府", "长政复决字〔2026〕12号", null, DecidedOn, Today).Value;

        Assert.Equal(expected, PublicationPeriods.State(notice.Due(Notices.Both), Notices.Day(today), Notices.Both));
    }
}
