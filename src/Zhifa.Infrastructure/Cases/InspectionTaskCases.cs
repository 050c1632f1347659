using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.Organisations;
using Zhifa.Domain.RandomInspection;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Cases;

/// <summary>
/// Opens the inspection case of a drawn task: the drawn target is the party, the drawn inspectors are the
/// officers, and the task refers to the case from then on. A task opens one case only.
/// </summary>
public sealed class InspectionTaskCases(ZhifaDbContext db, CaseService cases)
{
    public const string CaseOpenedAction = "inspection_task.case_opened";

    public async Task<Result<EnforcementCase>> OpenCaseAsync(
        Guid taskId, Guid matterId, CaseActor actor, OrganisationScope scope, CancellationToken ct)
    {
        var task = await db.DrawnInspections.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null || !scope.CanSee(task.OrganisationId))
        {
            return Error.NotFound("inspection_task.not_found", $"No inspection task {taskId} exists in your offices.");
        }

        if (task.Status != InspectionTaskStatus.Pending)
        {
            return Error.Conflict("inspection_task.case_exists", $"The task already has its inspection case {task.CaseId}.");
        }

        var target = await db.RegulatedEntities.AsNoTracking().FirstAsync(e => e.Id == task.TargetId, ct);
        var request = new NewCaseRequest
        {
            Procedure = ProcedureKind.Inspection,
            MatterId = matterId,
            Title = $"双随机抽查：{target.Name}",
            Source = CaseSourceKind.RandomInspection,
            SourceDetail = $"抽查计划 {task.PlanId}，第{task.Position}号检查对象",
            PartyKind = PartyKind.Unit,
            PartyName = target.Name,
            PartyIdNumber = target.Code,
            PartyAddress = target.Address,
            OfficerIds = [.. task.Inspectors()],
        };
        return await cases.RegisterAsync(
            request,
            task.OrganisationId,
            actor,
            scope,
            ct,
            async (c, token) =>
            {
                // Inside the registration's transaction: of two requests for one task, the second finds it taken.
                var tracked = await db.DrawnInspections.FirstAsync(t => t.Id == taskId, token);
                if (tracked.Status != InspectionTaskStatus.Pending)
                {
                    throw new DbUpdateConcurrencyException($"Task {taskId} already has a case.");
                }

                c.DrawnInspectionId = taskId;
                tracked.CaseId = c.Id;
                tracked.Status = InspectionTaskStatus.CaseOpened;
                return new RecordAction(
                    actor.UserId.ToString(),
                    actor.Certificate,
                    task.OrganisationId,
                    CaseOpenedAction,
                    $"inspection-task/{taskId}",
                    new { task = taskId, @case = c.Id, number = c.Number });
            });
    }
}
