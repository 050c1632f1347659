namespace Zhifa.Domain.Cases;

/// <summary>The procedure a case follows; each has its own state machine in <c>Procedures/</c>.</summary>
public enum ProcedureKind
{
    /// <summary>The general penalty procedure (普通程序), Administrative Penalty Law Ch. V s. 2.</summary>
    GeneralPenalty,

    /// <summary>The simple on-the-spot procedure (简易程序), Administrative Penalty Law Art. 51–53.</summary>
    SimplePenalty,

    /// <summary>An administrative inspection (行政检查), including inspections drawn at random.</summary>
    Inspection,
}
