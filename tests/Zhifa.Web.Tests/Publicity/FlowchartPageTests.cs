using System.Net;
using Zhifa.Domain.LegalReview;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Publicity;

/// <summary>The portal draws the legal review flowchart from the review transitions, without sign-in.</summary>
public sealed class FlowchartPageTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    [Fact]
    public async Task Legal_review_flowchart_is_public_and_drawn_from_the_definition()
    {
        var anonymous = factory.CreateClient();

        var page = await anonymous.GetStringAsync("/portal/flowcharts/LegalReview");

        Assert.Contains("重大执法决定法制审核流程图", page);
        Assert.Contains("<svg", page);
        foreach (var transition in LegalReviewProcedure.Transitions)
        {
            Assert.Contains(transition.Chinese, page);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/portal/flowcharts/NoSuchChart")).StatusCode);
    }
}
