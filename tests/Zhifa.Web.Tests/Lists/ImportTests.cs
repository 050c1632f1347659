using System.Net;
using System.Text;
using System.Text.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Lists;

/// <summary>Each list's import: a file with several bad rows reports every one of them and changes nothing.</summary>
public sealed class ImportTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    public static TheoryData<string, string, string[]> BadFiles => new()
    {
        {
            "personnel",
            "所属机构代码,执法证号,姓名,职务,执法类别,执法区域,证件有效期起,证件有效期止,状态\n"
            + "czrf-gc,IMP-P-1,好样例,科员,人民防空,长治市,2026-01-01,2030-12-31,在岗\n"
            + "czrf-gc,IMP-P-2,·测试,科员,人民防空,长治市,2026-01-01,2030-12-31,在岗\n"
            + "czrf-gc,IMP-P-3,坏日期,科员,人民防空,长治市,2026-13-01,2030-12-31,在岗\n"
            + "czrf-gc,IMP-P-4,倒序,科员,人民防空,长治市,2026-01-01,2025-12-31,在岗\n"
            + "nowhere,IMP-P-5,无机构,科员,人民防空,长治市,2026-01-01,2030-12-31,休假\n",
            ["3|name|name.misplaced_dot", "4|valid_from|list.invalid_date", "5|valid_to|personnel.validity_reversed",
             "6|organisation|list.organisation_not_writable", "6|status|list.invalid_choice"]
        },
        {
            "matters",
            "所属机构代码,事项编码,事项名称,事项类别,执法领域,法律依据（法规名称）,法律依据（条款）,法律依据（条文内容）,实施主体,罚款下限（单位，元）,罚款上限（单位，元）\n"
            + "czrf,IMP-M-1,好事项,行政处罚,人民防空,某法,第一条,条文,某机关,100,200\n"
            + "czrf,IMP-M-2,坏类别,罚款,人民防空,某法,第一条,条文,某机关,100,200\n"
            + "czrf,IMP-M-3,倒序罚款,行政处罚,人民防空,某法,第一条,条文,某机关,300,200\n"
            + "czrf,IMP-M-4,坏金额,行政处罚,人民防空,某法,第一条,条文,某机关,一百,200\n"
            + "czrf,,缺编码,行政处罚,人民防空,某法,第一条,条文,某机关,100,200\n",
            ["3|kind|list.invalid_choice", "4|fine_min_unit|matters.fine_range_reversed",
             "5|fine_min_unit|list.invalid_amount", "6|code|list.required"]
        },
        {
            "random-inspection-matters",
            "所属机构代码,事项编码,抽查事项,抽查主体,抽查依据,抽查对象,抽查内容,抽查比例（%）,抽查方式,抽查频次\n"
            + "czrf,IMP-R-1,好抽查,某机关,某法,工程,内容,10,双随机,每年\n"
            + "czrf,IMP-R-2,零比例,某机关,某法,工程,内容,0,双随机,每年\n"
            + "czrf,IMP-R-3,超比例,某机关,某法,工程,内容,150,双随机,每年\n"
            + "czrf,IMP-R-2,重复编码,某机关,某法,工程,内容,10,双随机,每年\n",
            ["3|ratio_percent|random.ratio_zero", "4|ratio_percent|list.invalid_amount", "5|code|list.duplicate_row"]
        },
        {
            "recording-matters",
            "所属机构代码,编号,执法事项编码（*为全部）,执法环节,记录方式,是否全程记录\n"
            + "czrf,IMP-Y-1,*,听证,录像,是\n"
            + "czrf,IMP-Y-2,*,喝茶,录像,是\n"
            + "czrf,IMP-Y-3,*,听证,录像,也许\n"
            + "czrf,IMP-Y-4,*,听证,,是\n",
            ["3|stage|list.invalid_choice", "4|whole_process|list.invalid_yes_no", "5|recording_method|list.required"]
        },
        {
            "review-catalogue",
            "所属机构代码,编号,情形类别,具体情形,罚款标准（公民，元）,罚款标准（单位，元）,依据\n"
            + "czrf,IMP-F-1,涉及重大公共利益,情形,,,依据\n"
            + "czrf,IMP-F-2,罚款数额达到标准,缺标准,,,依据\n"
            + "czrf,IMP-F-3,未知情形,情形,,,依据\n"
            + "czrf,IMP-F-4,其他,情形,-5,,依据\n",
            ["3|threshold_unit|catalogue.threshold_missing", "4|condition|list.invalid_choice",
             "5|threshold_individual|list.invalid_amount"]
        },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Import_SeveralBadRows_ReportsEachAndChangesNothing(string slug, string csv, string[] expected)
    {
        var legal = await factory.SignedInAsync("legal");
        var before = await legal.EntriesAsync(slug);

        var response = await legal.PostAsync($"/api/lists/{slug}/import", Csv.Content(csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("import.rejected", problem.GetProperty("code").GetString());
        var reported = problem.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("line").GetInt32()}|{e.GetProperty("column").GetString()}|{e.GetProperty("code").GetString()}")
            .ToList();
        Assert.Equal(expected.Order(), reported.Order());
        var after = await legal.EntriesAsync(slug);
        Assert.Equal(before.Select(e => (e.Id, e.Version)), after.Select(e => (e.Id, e.Version)));
    }

    [Fact]
    public async Task Import_GoodFile_CreatesAndVersionsEntries()
    {
        var legal = await factory.SignedInAsync("legal");
        var csv = "所属机构代码,编号,执法事项编码（*为全部）,执法环节,记录方式,是否全程记录\n"
            + "czrf,GOOD-Y-1,*,执行,录像,否\n"
            + "czrf,CZRF-YX-002,*,调查取证,照相、录音录像,是\n";

        var response = await legal.PostAsync("/api/lists/recording-matters/import", Csv.Content(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, report.GetProperty("created").GetInt32());
        Assert.Equal(1, report.GetProperty("updated").GetInt32());
        var edited = (await legal.EntriesAsync("recording-matters")).Single(e => e.Values["code"] == "CZRF-YX-002");
        Assert.Equal(2, edited.Version);
        Assert.Equal("是", edited.Values["whole_process"]);
    }

    [Fact]
    public async Task Import_GbkEncodedCsv_IsRejectedNamingTheEncoding()
    {
        var legal = await factory.SignedInAsync("legal");
        // "编号" in GB18030 is B1 E0 BA C5, which is not valid UTF-8.
        byte[] gbk = [0xB1, 0xE0, 0xBA, 0xC5, (byte)'\n', (byte)'x', (byte)'\n'];

        var response = await legal.PostAsync("/api/lists/recording-matters/import", Csv.Content(gbk));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("import.not_utf8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingRequiredColumns_ListsEachColumn()
    {
        var legal = await factory.SignedInAsync("legal");

        var response = await legal.PostAsync("/api/lists/recording-matters/import", Csv.Content("编号,备注\nX-1,无\n"));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("import.unknown_column", body, StringComparison.Ordinal);
        foreach (var column in new[] { "organisation", "matter_code", "stage", "recording_method", "whole_process" })
        {
            Assert.Contains($"\"column\":\"{column}\",\"value\":\"\",\"code\":\"import.missing_column\"", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Import_FileOverTenMegabytes_IsRejectedBeforeReading()
    {
        var legal = await factory.SignedInAsync("legal");
        var huge = new byte[11 * 1024 * 1024];
        Array.Fill(huge, (byte)'a');

        var response = await legal.PostAsync("/api/lists/recording-matters/import", Csv.Content(huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("import.too_large", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NotAnXlsxWorkbook_IsRejectedClearly()
    {
        var legal = await factory.SignedInAsync("legal");

        var response = await legal.PostAsync(
            "/api/lists/recording-matters/import",
            Csv.Content(Encoding.UTF8.GetBytes("this is not a zip"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("import.malformed_xlsx", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_BadRows_ShowsEveryRowInChinese()
    {
        var legal = await factory.SignedInAsync("legal");
        var token = await HttpSession.AntiforgeryTokenAsync(legal, "/admin/lists/recording-matters/import");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { Csv.Content("所属机构代码,编号,执法事项编码（*为全部）,执法环节,记录方式,是否全程记录\nczrf,P-1,*,喝茶,录像,是\nczrf,P-2,*,听证,录像,也许\n"), "file", "bad.csv" },
        };

        var response = await legal.PostAsync("/admin/lists/recording-matters/import", form);

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("发现2处问题，未导入任何数据", page, StringComparison.Ordinal);
        Assert.Contains("请填写“是”或“否”。", page, StringComparison.Ordinal);
        Assert.Contains("喝茶", page, StringComparison.Ordinal);
    }
}
