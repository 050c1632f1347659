using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Access;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Regulated;
using Zhifa.Infrastructure.Identity;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Demo;

/// <summary>
/// Loads the demo agency into an empty database: organisations, roles, users, the five lists and the
/// directory of regulated entities. The list rows go through the same validation as an import, so the
/// demo data can never be something the product itself would refuse.
/// </summary>
public sealed class DemoAgency(
    ZhifaDbContext db,
    UserManager<ZhifaUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    RecordWriter record,
    TimeProvider clock)
{
    /// <summary>Loads the demo when the database has no organisation yet; returns whether it loaded.</summary>
    public async Task<bool> LoadIfEmptyAsync(CancellationToken ct)
    {
        if (await db.Organisations.AnyAsync(ct))
        {
            return false;
        }

        var organisations = DemoOrganisations.Build();
        db.Organisations.AddRange(organisations);
        var codes = organisations.ToDictionary(o => o.Code, o => o.Id);
        var context = new ListContext
        {
            WritableOrganisationsByCode = codes,
            OrganisationCodes = organisations.ToDictionary(o => o.Id, o => o.Code),
        };

        var actions = organisations
            .Select(o => new RecordAction(SystemActor, null, o.Id, "organisation.created", $"organisation/{o.Id}", new { o.Code, o.Name, o.Path }))
            .ToList();
        actions.AddRange(Seed(PersonnelList.Definition, DemoPersonnel.Rows, context));
        actions.AddRange(Seed(MattersList.Definition, DemoMatters.Rows, context));
        actions.AddRange(Seed(RandomInspectionMattersList.Definition, DemoOtherLists.RandomInspectionMatters, context));
        actions.AddRange(Seed(RecordingMattersList.Definition, DemoOtherLists.RecordingMatters, context));
        actions.AddRange(Seed(ReviewCatalogueList.Definition, DemoOtherLists.ReviewCatalogue, context));
        actions.AddRange(Seed(RegulatedEntitiesList.Definition, DemoRegulatedEntities.Rows, context));

        await record.SaveAsync(actions, ct);
        var userActions = new List<RecordAction>();
        await record.SaveAsync(_ => AddUsersAsync(codes, userActions), () => userActions, ct);
        return true;
    }

    private List<RecordAction> Seed<T>(
        ListDefinition<T> definition,
        IReadOnlyList<Dictionary<string, string?>> rows,
        ListContext context)
        where T : class, IListItem
    {
        var actions = new List<RecordAction>();
        foreach (var row in rows)
        {
            var item = (T)definition.CreateNew();
            var errors = definition.Apply(row, item, isNew: true, context, line: 0);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Demo row {row[definition.KeyColumn]} of {definition.Slug} is invalid: {errors[0].Column} {errors[0].Message}");
            }

            item.Id = Guid.CreateVersion7();
            item.Version = 1;
            item.UpdatedAt = clock.GetUtcNow();
            db.Set<T>().Add(item);
            var snapshot = JsonSerializer.Serialize(definition.Snapshot(item, context));
            db.ListItemVersions.Add(new ListItemVersion
            {
                List = definition.Kind,
                ItemId = item.Id,
                OrganisationId = item.OrganisationId,
                Number = 1,
                Change = ListChangeKind.Seeded,
                ChangedByName = "demo",
                ChangedAt = item.UpdatedAt,
                Snapshot = snapshot,
            });
            actions.Add(new RecordAction(SystemActor, null, item.OrganisationId, "list.seeded", $"{definition.Slug}/{item.Id}",
                new { list = definition.Slug, item = item.Id, version = 1, snapshot }));
        }

        return actions;
    }

    private async Task AddUsersAsync(Dictionary<string, Guid> organisations, List<RecordAction> actions)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() }), role);
            }
        }

        foreach (var demo in DemoUsers.All)
        {
            var user = new ZhifaUser
            {
                Id = Guid.CreateVersion7(),
                UserName = demo.UserName,
                DisplayName = demo.DisplayName,
                OrganisationId = organisations[demo.OrganisationCode],
                CertificateNumber = demo.Certificate,
            };
            Check(await users.CreateAsync(user, DemoUsers.Password), demo.UserName);
            Check(await users.AddToRoleAsync(user, demo.Role), demo.UserName);
            actions.Add(new RecordAction(SystemActor, null, user.OrganisationId, "user.created", $"user/{user.Id}",
                new { user = user.Id, userName = demo.UserName, roles = new[] { demo.Role } }));
        }
    }

    /// <summary>The actor recorded for the demo load: no person acted.</summary>
    private const string SystemActor = "system:demo";

    private static void Check(IdentityResult result, string subject)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Creating demo {subject} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
