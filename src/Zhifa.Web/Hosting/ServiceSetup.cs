using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Zhifa.Infrastructure.Identity;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;
using Zhifa.Web.Access;
using Zhifa.Web.Evidence;
using Zhifa.Web.Localization;

namespace Zhifa.Web.Hosting;

/// <summary>The services of the web host, one named step each.</summary>
internal static class ServiceSetup
{
    public static WebApplicationBuilder AddZhifaServices(this WebApplicationBuilder builder)
    {
        var storage = StorageConfiguration.Read(builder.Configuration);
        builder.Services.AddZhifaPersistence(storage);
        builder.Services.AddZhifaRecord(LedgerConfiguration.Read(builder.Configuration, storage));
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHostedService<CheckpointService>();
        builder.AddZhifaEvidence(storage);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Texts>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentActor>();
        builder.Services.AddScoped<Zhifa.Web.Cases.CaseActors>();
        builder.Services.AddSingleton(builder.Configuration.GetSection("Cases").Get<Zhifa.Domain.Cases.CaseSettings>() ?? new());

        // Enums travel as their names ("Fine, Warning" for flags), which clients can read and send.
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddScoped<Zhifa.Web.Portal.PortalData>();
        builder.Services.AddSingleton<Zhifa.Web.Cases.FormSubmissions>();
        Zhifa.Web.Publicity.PublicitySetup.AddPublicity(builder);
        builder.Services.AddScoped<Zhifa.Web.Record.RecordTimeline>();
        builder.Services.AddScoped<Zhifa.Infrastructure.Demo.DemoAgency>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<Zhifa.Web.Problems.BadRequests>();
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        // Pages are mostly Chinese; writing CJK characters as they are keeps pages readable and small.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddOpenApi();
        builder.AddZhifaIdentity();
        builder.AddZhifaLocalization();
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin");
            options.Conventions.AuthorizeFolder("/Cases");
            options.Conventions.AuthorizeFolder("/Supervision");
            options.Conventions.AuthorizeFolder("/LegalReviews");
            options.Conventions.AuthorizeFolder("/Publicity");
        });
        return builder;
    }

    private static void AddZhifaIdentity(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<ZhifaUser, IdentityRole<Guid>>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<ZhifaDbContext>()
            .AddClaimsPrincipalFactory<ZhifaClaims>()
            .AddDefaultTokenProviders();

        // Sign-out renews the user's security stamp. Checking the stamp on every request makes a copied
        // cookie useless from that moment, at the cost of one user lookup per request.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "zhifa.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = ApiAwareRedirect(StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = ApiAwareRedirect(StatusCodes.Status403Forbidden);
        });

        // Keys live in the shared database, so any web node can read a cookie another node issued.
        builder.Services.AddDataProtection()
            .SetApplicationName("Zhifa")
            .PersistKeysToDbContext<ZhifaDbContext>();
    }

    private static void AddZhifaLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [new("zh-CN"), new("en")];
            options.DefaultRequestCulture = new RequestCulture("zh-CN");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
    }

    /// <summary>API callers get a status code; browsers get the sign-in or denied page.</summary>
    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, Task>
        ApiAwareRedirect(int statusCode) => context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = statusCode;
                return Task.CompletedTask;
            }

            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        };
}
