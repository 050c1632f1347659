using Zhifa.Infrastructure.Publicity;

namespace Zhifa.Web.Publicity;

/// <summary>The publicity services: publication, open-data reads and the push dispatcher (section <c>Publicity:Webhooks</c>).</summary>
internal static class PublicitySetup
{
    public static void AddPublicity(WebApplicationBuilder builder)
    {
        var webhooks = builder.Configuration.GetSection("Publicity:Webhooks").Get<WebhookSettings>() ?? new WebhookSettings();
        builder.Services.AddSingleton(webhooks);
        builder.Services.AddSingleton(new WebhookHttp(new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AllowAutoRedirect = false,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        }));
        builder.Services.AddScoped<PublicationService>();
        builder.Services.AddScoped<WithdrawalNoticeService>();
        builder.Services.AddScoped<PublicationQueries>();
        builder.Services.AddScoped<PublicityBoard>();
        builder.Services.AddScoped<WebhookDispatcher>();
        builder.Services.AddScoped<WebhookRedelivery>();
        builder.Services.AddHostedService<WebhookDispatchService>();
    }
}
