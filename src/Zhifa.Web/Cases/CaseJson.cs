using Zhifa.Domain.Cases;
using Zhifa.Infrastructure.Cases;

namespace Zhifa.Web.Cases;

/// <summary>The JSON shapes of the case API.</summary>
internal static class CaseJson
{
    public static object Summary(EnforcementCase c) => new
    {
        c.Id,
        c.Number,
        procedure = c.Procedure,
        stage = c.Stage,
        c.Title,
        party = c.Party.Name,
        c.RegisteredOn,
        c.FiledOn,
        c.Version,
        c.UpdatedAt,
    };

    public static object Detail(CaseView view) => new
    {
        view.Case.Id,
        view.Case.Number,
        view.Case.OrganisationId,
        procedure = view.Case.Procedure,
        stage = view.Case.Stage,
        view.Case.Title,
        view.Case.Source,
        view.Case.SourceDetail,
        view.Case.ActDate,
        view.Case.RegisteredOn,
        view.Case.FiledOn,
        matter = new { view.Matter.Id, view.Matter.Code, view.Matter.Name, view.Matter.Category },
        view.Case.Party,
        officers = view.Case.Officers.Select(o => new
        {
            o.OfficerId,
            name = view.Officers.GetValueOrDefault(o.OfficerId)?.Name,
            certificate = view.Officers.GetValueOrDefault(o.OfficerId)?.CertificateNumber,
            o.DeclaredOn,
            o.DeclaredConflict,
        }),
        view.Case.Proposal,
        view.Case.Review,
        view.Case.Notice,
        view.Case.Hearing,
        view.Case.Decision,
        view.Case.Execution,
        view.Case.Inspection,
        majorReasons = view.MajorReasons,
        view.Case.Version,
        steps = view.Options.Select(o => new
        {
            action = o.Transition.Code,
            open = o.IsOpen,
            requiredFields = o.Transition.RequiredFields,
            blockedBy = o.BlockedBy.Select(e => new
            {
                code = e.Code,
                message = e.Message,
                source = e.Arguments.GetValueOrDefault("source"),
            }),
        }),
        deadlines = view.Deadlines.Select(d => new
        {
            code = d.Code,
            due = d.Due.Day,
            provisional = d.Due.IsProvisional,
            unpublishedYears = d.Due.UnpublishedYears,
            state = d.State.ToString(),
            source = d.Source.Chinese,
        }),
        history = view.Steps.Select(Step),
        documents = view.Documents.Select(d => new { d.Id, kind = d.Kind, d.Format, d.FileName, d.Sha256, d.Length, d.CreatedAt }),
    };

    public static object Step(CaseStep s) => new
    {
        s.Sequence,
        s.Action,
        from = s.FromStage,
        to = s.ToStage,
        s.EffectiveOn,
        s.RecordedAt,
        actor = s.ActorName,
        s.Certificate,
    };
}
