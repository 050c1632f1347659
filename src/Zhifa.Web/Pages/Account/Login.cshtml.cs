using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Infrastructure.Identity;
using Zhifa.Infrastructure.Record;
using Zhifa.Web.Access;

namespace Zhifa.Web.Pages.Account;

/// <summary>Sign-in with user name and password; five failures lock the account for 15 minutes.</summary>
public sealed class LoginModel(SignInManager<ZhifaUser> signIn, UserManager<ZhifaUser> users, RecordWriter record) : PageModel
{
    public string? ErrorKey { get; private set; }

    public string? UserName { get; private set; }

    public string ReturnUrl { get; private set; } = "/admin";

    public void OnGet(string? returnUrl) => ReturnUrl = SafeReturnUrl(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl)
    {
        UserName = userName;
        ReturnUrl = SafeReturnUrl(returnUrl);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            ErrorKey = "login.missing";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await SignInRecord.RecordAsync(userName.Trim(), users, record, HttpContext.RequestAborted);
            return LocalRedirect(ReturnUrl);
        }

        // The same message for a wrong password, an unknown user and a locked account, so the page does
        // not reveal which user names exist.
        ErrorKey = "login.failed";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    private string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/admin";
}
