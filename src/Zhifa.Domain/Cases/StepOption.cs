using Zhifa.Domain.Cases.Procedures;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Cases;

/// <summary>A step the case page offers: open now, or blocked with the reasons that block it.</summary>
public sealed record StepOption(Transition Transition, IReadOnlyList<Error> BlockedBy)
{
    public bool IsOpen => BlockedBy.Count == 0;
}
