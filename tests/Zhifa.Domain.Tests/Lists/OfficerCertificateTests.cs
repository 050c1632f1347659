using Zhifa.Domain.Lists;

namespace Zhifa.Domain.Tests.Lists;

public sealed class OfficerCertificateTests
{
    private static Officer Officer(OfficerStatus status = OfficerStatus.Active) => new()
    {
        Name = "测试",
        CertificateNumber = "1",
        Categories = "人民防空",
        Area = "长治市",
        ValidFrom = new DateOnly(2024, 1, 1),
        ValidTo = new DateOnly(2025, 12, 31),
        Status = status,
    };

    [Theory]
    [InlineData("2023-12-31", CertificateState.NotYetValid)]
    [InlineData("2024-01-01", CertificateState.Valid)]
    [InlineData("2025-12-31", CertificateState.Valid)]
    [InlineData("2026-01-01", CertificateState.Expired)]
    public void CertificateStateOn_ValidityBounds_IncludeBothEnds(string day, CertificateState expected)
    {
        Assert.Equal(expected, Officer().CertificateStateOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(OfficerStatus.Suspended)]
    [InlineData(OfficerStatus.Revoked)]
    [InlineData(OfficerStatus.Retired)]
    public void CertificateStateOn_OfficerNotActive_IsInactive(OfficerStatus status)
    {
        Assert.Equal(CertificateState.Inactive, Officer(status).CertificateStateOn(new DateOnly(2025, 6, 1)));
    }
}
