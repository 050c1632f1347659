using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Infrastructure.Identity;

namespace Zhifa.Web.Pages.Account;

/// <summary>Signs out (POST only, so a link elsewhere cannot sign a user out).</summary>
public sealed class LogoutModel(SignInManager<ZhifaUser> signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await Zhifa.Web.Access.SignOut.EndSessionAsync(User, signIn);
        return LocalRedirect("/");
    }
}
