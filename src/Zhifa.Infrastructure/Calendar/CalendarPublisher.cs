using Zhifa.Infrastructure.Lists;

namespace Zhifa.Infrastructure.Calendar;

/// <summary>Who publishes a notice, as the version row and the full-process record name them.</summary>
internal sealed record CalendarPublisher(Guid? UserId, string Name, string? CertificateNumber, Guid OrganisationId)
{
    public static CalendarPublisher From(Actor actor) =>
        new(actor.UserId, actor.Name, actor.CertificateNumber, actor.Scope.HomeOfficeId);

    /// <summary>The record's actor field: the user id, or the name of a system actor that is no user.</summary>
    public string RecordActor => UserId?.ToString() ?? Name;
}
