using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Web.Health;

/// <summary>
/// GET /health: 200 when the database answers, 503 otherwise. Load balancers use it to take a node out
/// of service.
/// </summary>
internal static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/health", async (ZhifaDbContext db, CancellationToken ct) =>
        {
            var reachable = await db.Database.CanConnectAsync(ct);
            var body = new { status = reachable ? "healthy" : "database unreachable", database = db.IsSqlite ? "sqlite" : "postgres" };
            return reachable ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
}
