using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Domain.Organisations;
using Zhifa.Infrastructure.Calendar;
using Zhifa.Infrastructure.Lists;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Calendar;

/// <summary>A service scope of the test host with the calendar's repository, its database and demo actors.</summary>
internal sealed class CalendarScope : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;

    public CalendarScope(ZhifaFactory factory)
    {
        _scope = factory.Services.CreateAsyncScope();
    }

    public CalendarRepository Calendar => _scope.ServiceProvider.GetRequiredService<CalendarRepository>();

    public CalendarSeed Seed => _scope.ServiceProvider.GetRequiredService<CalendarSeed>();

    public ZhifaDbContext Db => _scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();

    /// <summary>Builds the actor of a demo user who maintains the lists, as legal affairs administrators do.</summary>
    public async Task<Actor> MaintainerAsync(string userName)
    {
        var user = await Db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        var tree = await Db.Organisations.AsNoTracking().ToListAsync();
        var scope = OrganisationScope.For(user.OrganisationId, seesSubordinateOffices: false, tree);
        return new Actor(user.Id, user.DisplayName, user.CertificateNumber, scope, MaintainsLists: true);
    }

    public Task<int> LedgerSizeAsync() => Db.LedgerEntries.CountAsync();

    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
