using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.LegalReview;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Organisations;
using Zhifa.Domain.Text;
using Zhifa.Domain.Time;
using Zhifa.Infrastructure.Calendar;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Cases;

/// <summary>
/// Registers cases and applies their steps. Every change is saved with its entry in the full-process
/// record in one transaction; the case's version rejects a step based on a stale read.
/// </summary>
public sealed class CaseService(
    ZhifaDbContext db,
    RecordWriter record,
    CalendarRepository calendar,
    TimeProvider clock,
    CaseSettings settings)
{
    private List<Organisation>? _organisations;

    public async Task<EnforcementCase?> FindAsync(Guid id, OrganisationScope scope, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return c is not null && scope.CanSee(c.OrganisationId) ? c : null;
    }

    public async Task<(IReadOnlyList<EnforcementCase> Items, int Total)> ListAsync(
        OrganisationScope scope,
        CaseFilter filter,
        CancellationToken ct)
    {
        var visible = scope.VisibleOrganisationIds.ToList();
        var query = db.Cases.AsNoTracking().Where(c => visible.Contains(c.OrganisationId));
        if (filter.Stage is { } stage)
        {
            query = query.Where(c => c.Stage == stage);
        }

        if (filter.Procedure is { } procedure)
        {
            query = query.Where(c => c.Procedure == procedure);
        }

        if (filter.OpenOnly)
        {
            query = query.Where(c => c.Stage != CaseStage.Closed && c.Stage != CaseStage.Archived);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = SearchPattern.Contains(filter.Search.Trim());
            query = query.Where(c =>
                EF.Functions.Like(c.Number, pattern, "\\")
                || EF.Functions.Like(c.Title, pattern, "\\")
                || EF.Functions.Like(c.Party.Name, pattern, "\\"));
        }

        var total = await query.CountAsync(ct);
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var items = await query
            .OrderByDescending(c => c.UpdatedAt)
            .ThenByDescending(c => c.Id)
            .Skip((page - 1) * size)
            .Take(size)
            .ToListAsync(ct);
        return (items, total);
    }

    public async Task<IReadOnlyList<CaseStep>> StepsAsync(Guid caseId, CancellationToken ct) =>
        await db.CaseSteps.AsNoTracking().Where(s => s.CaseId == caseId).OrderBy(s => s.Sequence).ToListAsync(ct);

    public async Task<IReadOnlyList<CaseDocument>> DocumentsAsync(Guid caseId, CancellationToken ct) =>
        await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == caseId).OrderBy(d => d.CreatedAt).ThenBy(d => d.StepSequence).ToListAsync(ct);

    /// <summary>Registers a case in <paramref name="organisationId"/>, which the actor must be able to see.</summary>
    /// <remarks>
    /// <paramref name="alsoInTransaction"/> runs inside the registration's transaction after the case is
    /// numbered, for a change that must be saved with it; the entry it returns is recorded too.
    /// </remarks>
    public async Task<Result<EnforcementCase>> RegisterAsync(
        NewCaseRequest request,
        Guid organisationId,
        CaseActor actor,
        OrganisationScope scope,
        CancellationToken ct,
        Func<EnforcementCase, CancellationToken, Task<RecordAction>>? alsoInTransaction = null)
    {
        if (!scope.CanSee(organisationId))
        {
            return Error.NotFound("case.organisation_not_found", $"The organisation {organisationId} is not one of your offices.");
        }

        var now = clock.GetUtcNow();
        var built = CaseRegistration.Register(request, organisationId, AgencyTime.Today(clock), now);
        if (!built.IsSuccess)
        {
            return built;
        }

        var c = built.Value;
        var references = await CheckReferencesAsync(c, scope, ct);
        if (references.Count > 0)
        {
            return Result<EnforcementCase>.Failure(references);
        }

        var office = await OfficeOfAsync(organisationId, ct);
        RecordAction? also = null;
        try
        {
            await record.SaveAsync(
                async token =>
                {
                    c.Number = await CaseNumbers.NextCaseNumberAsync(db, office, c.RegisteredOn.Year, token);
                    db.Cases.Add(c);
                    if (alsoInTransaction is not null)
                    {
                        also = await alsoInTransaction(c, token);
                    }
                },
                () => also is null ? [CaseRecord.ForRegistration(c, actor)] : [CaseRecord.ForRegistration(c, actor), also],
                ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CaseErrors.Stale();
        }

        return c;
    }

    /// <summary>The steps open on the case now, and why the others from its stage are blocked.</summary>
    public async Task<CaseView> ViewAsync(EnforcementCase c, CaseActor actor, CancellationToken ct)
    {
        var ctx = await ContextAsync(c, new CaseActionRequest(), actor, ct);
        return new CaseView(
            c,
            ctx.Matter,
            ctx.Officers,
            CaseWorkflow.Options(ctx),
            CaseDeadlines.Running(c, ctx.Calendar, ctx.Today, settings),
            MajorCase.Reasons(c, ctx.Catalogue),
            await StepsAsync(c.Id, ct),
            await DocumentsAsync(c.Id, ct));
    }

    /// <summary>Applies an action; returns the step, or every reason it was refused.</summary>
    public async Task<Result<CaseStep>> ActAsync(
        Guid caseId,
        CaseAction action,
        CaseActionRequest request,
        CaseActor actor,
        OrganisationScope scope,
        CancellationToken ct)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !scope.CanSee(c.OrganisationId))
        {
            return CaseErrors.NotFound(caseId);
        }

        var referenced = await CheckRequestOfficersAsync(request, c.OrganisationId, ct);
        if (referenced is not null)
        {
            return referenced;
        }

        var materials = await CheckMaterialDocumentsAsync(c.Id, request, ct);
        if (materials.Count > 0)
        {
            return Result<CaseStep>.Failure(materials);
        }

        var ctx = await ContextAsync(c, request, actor, ct);
        if (request.ReviewerUserId is { } reviewerId)
        {
            ctx = ctx with { NamedReviewer = await StaffAsync(reviewerId, c.OrganisationId, ct) };
        }

        var loadedVersion = c.Version;
        var outcome = CaseWorkflow.Apply(action, ctx, clock.GetUtcNow());
        if (!outcome.IsSuccess)
        {
            return outcome;
        }

        var step = outcome.Value;
        try
        {
            await record.SaveAsync(
                async token =>
                {
                    // Checked again under the record's append lock: of two steps based on the same version,
                    // the second reads the first's version here and gets a conflict that asks for a reload.
                    var stored = await db.Cases.AsNoTracking().Where(x => x.Id == c.Id).Select(x => x.Version).FirstAsync(token);
                    if (stored != loadedVersion)
                    {
                        throw new DbUpdateConcurrencyException($"Case {c.Id} is at version {stored}, not {loadedVersion}.");
                    }

                    if (step.ToStage == CaseStage.Decided && c.Decision.Number is null)
                    {
                        var office = await OfficeOfAsync(c.OrganisationId, token);
                        c.Decision.Number = await CaseNumbers.NextDecisionNumberAsync(db, office, step.EffectiveOn.Year, token);
                    }

                    db.CaseSteps.Add(step);
                    if (ReviewTasks.Concerns(action))
                    {
                        await FollowReviewAsync(c, step, ctx, token);
                    }
                },
                () => [CaseRecord.ForStep(c, step, actor)],
                ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseErrors.Stale();
        }

        return step;
    }

    /// <summary>Brings the case's legal review tasks in step with a review step, in the step's transaction.</summary>
    private async Task FollowReviewAsync(EnforcementCase c, CaseStep step, CaseContext ctx, CancellationToken ct)
    {
        var latest = await db.ReviewTasks.Where(t => t.CaseId == c.Id).OrderByDescending(t => t.SubmittedStep).FirstOrDefaultAsync(ct);
        var due = ReviewPeriods.Due(c, ctx.Calendar, settings)?.Day;
        var started = ReviewTasks.Follow(c, step, ctx.Request, latest, due, step.RecordedAt);
        if (started is not null)
        {
            db.ReviewTasks.Add(started);
        }
    }

    /// <summary>Material references to documents must name a document stored on this case.</summary>
    private async Task<List<Error>> CheckMaterialDocumentsAsync(Guid caseId, CaseActionRequest request, CancellationToken ct)
    {
        var errors = new List<Error>();
        var materials = request.Materials ?? [];
        var ids = materials.Select(m => m.DocumentId).OfType<Guid>().ToList();
        if (ids.Count == 0)
        {
            return errors;
        }

        var stored = await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == caseId && ids.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);
        for (var i = 0; i < materials.Count; i++)
        {
            if (materials[i].DocumentId is { } id && !stored.Contains(id))
            {
                errors.Add(Error.Invalid("legal_review.material_document_not_found", $"The case has no document {id}.") with
                {
                    Arguments = new Dictionary<string, string> { ["field"] = $"materials[{i}].reference" },
                });
            }
        }

        return errors;
    }

    /// <summary>
    /// A staff member as a case actor, with their roles and officer entry; null when unknown or outside the
    /// offices that may work on a case of <paramref name="caseOrganisationId"/>.
    /// </summary>
    public async Task<CaseActor?> StaffAsync(Guid userId, Guid caseOrganisationId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null || !(await EligibleOrganisationsAsync(caseOrganisationId, ct)).Contains(user.OrganisationId))
        {
            return null;
        }

        var roles = await (
            from link in db.UserRoles
            join role in db.Roles on link.RoleId equals role.Id
            where link.UserId == userId
            select role.Name).ToListAsync(ct);
        var officer = user.CertificateNumber is null
            ? null
            : await db.Officers.AsNoTracking().FirstOrDefaultAsync(o => o.CertificateNumber == user.CertificateNumber, ct);
        return new CaseActor(user.Id, user.DisplayName, roles.OfType<string>().ToHashSet(), officer?.Id, user.CertificateNumber);
    }

    private async Task<CaseContext> ContextAsync(EnforcementCase c, CaseActionRequest request, CaseActor actor, CancellationToken ct)
    {
        var matter = await db.Matters.AsNoTracking().FirstAsync(m => m.Id == c.MatterId, ct);
        var officerIds = c.Officers.Select(o => o.OfficerId)
            .Concat(request.OfficerIds ?? [])
            .Concat(request.PresidingOfficerId is { } presiding ? [presiding] : [])
            .Distinct()
            .ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var catalogue = await CatalogueForAsync(c.OrganisationId, ct);
        var today = AgencyTime.Today(clock);
        var chain = (await ChainAsync(c.OrganisationId, ct)).Select(o => o.Id).ToList();
        var recordingMatters = await db.RecordingMatters.AsNoTracking().Where(m => chain.Contains(m.OrganisationId)).ToListAsync(ct);
        var recordings = await Evidence.EvidenceService.RecordingsOfAsync(db, c.Id, ct);
        return new CaseContext(
            c,
            request,
            request.EffectiveOn ?? today,
            today,
            await calendar.LoadAsync(ct),
            matter,
            officers,
            catalogue,
            actor,
            settings,
            await AreasAboveAsync(c.OrganisationId, ct))
        {
            Recordings = recordings,
            RecordingMatters = recordingMatters,
        };
    }

    /// <summary>The catalogue items of the case's office and of the offices above it.</summary>
    private async Task<List<ReviewCatalogueItem>> CatalogueForAsync(Guid organisationId, CancellationToken ct)
    {
        var chain = await ChainAsync(organisationId, ct);
        var ids = chain.Select(o => o.Id).ToList();
        return await db.ReviewCatalogue.AsNoTracking().Where(i => ids.Contains(i.OrganisationId)).ToListAsync(ct);
    }

    private async Task<IReadOnlyList<string>> AreasAboveAsync(Guid organisationId, CancellationToken ct) =>
        (await ChainAsync(organisationId, ct)).Select(o => o.Area).OfType<string>().Distinct().ToList();

    /// <summary>The organisation and every organisation above it, from the materialised path.</summary>
    private async Task<List<Organisation>> ChainAsync(Guid organisationId, CancellationToken ct)
    {
        var all = await OrganisationsAsync(ct);
        var own = all.First(o => o.Id == organisationId);
        return all.Where(o => own.Path.StartsWith(o.Path, StringComparison.Ordinal)).ToList();
    }

    // The organisation tree is small and one request reads it several times (scope of officers, catalogue,
    // areas, numbering), so it is loaded once per request: the service is scoped.
    private async Task<IReadOnlyList<Organisation>> OrganisationsAsync(CancellationToken ct) =>
        _organisations ??= await db.Organisations.AsNoTracking().ToListAsync(ct);

    /// <summary>The office (not a department or centre) that numbers the organisation's cases.</summary>
    public async Task<Organisation> OfficeOfAsync(Guid organisationId, CancellationToken ct)
    {
        var chain = await ChainAsync(organisationId, ct);
        return chain.Where(o => o.Kind == OrganisationKind.Office).OrderByDescending(o => o.Path.Length).FirstOrDefault()
            ?? chain.First(o => o.Id == organisationId);
    }

    /// <summary>The kind of matter a procedure applies: a penalty procedure a penalty matter, an inspection an inspection matter.</summary>
    private static MatterKind MatterKindOf(ProcedureKind procedure) =>
        procedure == ProcedureKind.Inspection ? MatterKind.Inspection : MatterKind.Penalty;

    private async Task<List<Error>> CheckReferencesAsync(EnforcementCase c, OrganisationScope scope, CancellationToken ct)
    {
        var errors = new List<Error>();
        var matter = await db.Matters.AsNoTracking().FirstOrDefaultAsync(m => m.Id == c.MatterId, ct);
        var chain = (await ChainAsync(c.OrganisationId, ct)).Select(o => o.Id).ToList();
        if (matter is null || !chain.Contains(matter.OrganisationId))
        {
            errors.Add(CaseErrors.MatterNotFound(c.MatterId));
        }
        else if (MatterKindOf(c.Procedure) is var kind && matter.Kind != kind)
        {
            errors.Add(CaseErrors.MatterKindMismatch(matter, c.Procedure, kind));
        }

        foreach (var officer in c.Officers)
        {
            var found = await db.Officers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == officer.OfficerId, ct);
            if (found is null || !scope.CanSee(found.OrganisationId))
            {
                errors.Add(CaseErrors.OfficerNotFound(officer.OfficerId, "officerIds"));
            }
        }

        return errors;
    }

    /// <summary>Officers named in a step must belong to the case's office tree or an office above it.</summary>
    private async Task<Error?> CheckRequestOfficersAsync(CaseActionRequest request, Guid organisationId, CancellationToken ct)
    {
        var allowed = (await EligibleOrganisationsAsync(organisationId, ct)).ToHashSet();
        var ids = (request.OfficerIds ?? []).Concat(request.PresidingOfficerId is { } p ? [p] : []).Distinct().ToList();
        var found = await db.Officers.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        foreach (var id in ids)
        {
            if (!found.TryGetValue(id, out var officer) || !allowed.Contains(officer.OrganisationId))
            {
                return CaseErrors.OfficerNotFound(id, request.PresidingOfficerId == id ? "presidingOfficerId" : "officerIds");
            }
        }

        return null;
    }

    /// <summary>The organisations whose officers may work on a case: the case office's tree and the offices above it.</summary>
    public async Task<IReadOnlyList<Guid>> EligibleOrganisationsAsync(Guid organisationId, CancellationToken ct)
    {
        var office = await OfficeOfAsync(organisationId, ct);
        var chain = await ChainAsync(organisationId, ct);
        var all = await OrganisationsAsync(ct);
        return all.Where(o => o.Path.StartsWith(office.Path, StringComparison.Ordinal) || chain.Any(c => c.Id == o.Id))
            .Select(o => o.Id)
            .ToList();
    }
}
