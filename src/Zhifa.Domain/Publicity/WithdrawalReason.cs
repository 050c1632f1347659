namespace Zhifa.Domain.Publicity;

/// <summary>Why a published decision comes down (Administrative Penalty Law Art. 48).</summary>
public enum WithdrawalReason
{
    /// <summary>已被撤销: the decision was revoked.</summary>
    Revoked,

    /// <summary>被确认违法: the decision was confirmed unlawful.</summary>
    ConfirmedUnlawful,

    /// <summary>被责令重新作出: the decision is to be made anew.</summary>
    ToBeMadeAnew,

    /// <summary>被确认无效: the decision was declared void.</summary>
    DeclaredVoid,

    /// <summary>已变更: the decision was changed; the changed one is published as a new version.</summary>
    Changed,
}

public static class WithdrawalReasons
{
    public static string Chinese(WithdrawalReason reason) => reason switch
    {
        WithdrawalReason.Revoked => "该决定已被撤销",
        WithdrawalReason.ConfirmedUnlawful => "该决定被确认违法",
        WithdrawalReason.ToBeMadeAnew => "该决定被责令重新作出",
        WithdrawalReason.DeclaredVoid => "该决定被确认无效",
        WithdrawalReason.Changed => "该决定已变更",
        _ => reason.ToString(),
    };
}
