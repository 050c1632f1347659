using Zhifa.Domain.Cases;

namespace Zhifa.Infrastructure.Supervision;

/// <summary>The few facts of a case that the period's figures need, read without loading whole cases.</summary>
internal sealed record CaseActivity(
    Guid OrganisationId,
    DateOnly RegisteredOn,
    DateOnly? DecidedOn,
    DecisionOutcome Outcome,
    decimal FineAmount,
    DateOnly? PaidOn,
    decimal Paid,
    decimal Surcharge,
    DateOnly? ClosedOn);
