namespace Zhifa.Domain.Cases;

/// <summary>How a document reached the party (Civil Procedure Law Art. 87–95).</summary>
public enum DeliveryMethod
{
    /// <summary>直接送达: the date signed on the delivery receipt.</summary>
    Direct,

    /// <summary>留置送达: left at the residence before a witness or on video after a refusal.</summary>
    LeftAfterRefusal,

    /// <summary>邮寄送达: the receipt date on the return slip.</summary>
    Postal,

    /// <summary>电子送达: only with the party's signed confirmation (Administrative Penalty Law Art. 61).</summary>
    Electronic,

    /// <summary>公告送达: deemed delivered 30 days after the notice (Civil Procedure Law Art. 95).</summary>
    PublicNotice,
}
