using Zhifa.Domain.Organisations;

namespace Zhifa.Infrastructure.Demo;

/// <summary>
/// The demo agency's organisation tree: the municipal civil air defense office of Changzhi (the office
/// whose three-systems plan Zhifa was first built for), its departments and centre, and three of its
/// county-level offices. Addresses and telephone numbers are invented.
/// </summary>
internal static class DemoOrganisations
{
    public static IReadOnlyList<Organisation> Build()
    {
        var city = Office("czrf", "长治市人民防空办公室", "Changzhi Civil Air Defense Office", null, "长治市", "长治市测试路1号");
        var list = new List<Organisation>
        {
            city,
            Unit(city, "czrf-fg", "法规科", "Legal Affairs Department", OrganisationKind.Department),
            Unit(city, "czrf-gc", "工程科", "Engineering Department", OrganisationKind.Department),
            Unit(city, "czrf-zt", "指挥通信科", "Command and Communications Department", OrganisationKind.Department),
            Unit(city, "czrf-zx", "人防指挥信息保障中心", "Command Information Support Centre", OrganisationKind.Centre),
        };
        var luzhou = Office("lzq", "潞州区人民防空办公室", "Luzhou District Civil Air Defense Office", city, "潞州区", "潞州区样例街2号");
        var xiangyuan = Office("xyx", "襄垣县人民防空办公室", "Xiangyuan County Civil Air Defense Office", city, "襄垣县", "襄垣县样例路3号");
        var qinyuan = Office("qyx", "沁源县人民防空办公室", "Qinyuan County Civil Air Defense Office", city, "沁源县", "沁源县测试街4号");
        list.AddRange([luzhou, xiangyuan, qinyuan]);
        return list;
    }

    private static Organisation Office(string code, string name, string nameEn, Organisation? parent, string area, string address) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = code,
        Name = name,
        NameEn = nameEn,
        Kind = OrganisationKind.Office,
        ParentId = parent?.Id,
        Path = Organisation.ChildPath(parent?.Path ?? "/", code),
        Area = area,
        Address = address,
        Telephone = "0355-0000000",
        OfficeHours = "工作日 8:00-12:00，14:30-17:30",
    };

    private static Organisation Unit(Organisation parent, string code, string name, string nameEn, OrganisationKind kind) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = code,
        Name = name,
        NameEn = nameEn,
        Kind = kind,
        ParentId = parent.Id,
        Path = Organisation.ChildPath(parent.Path, code),
        Area = parent.Area,
    };
}
