namespace Zhifa.Domain.Cases;

/// <summary>
/// The penalty types of Administrative Penalty Law Art. 9 that a civil air defense office may impose, as
/// flags because one decision may combine several (a fine and confiscation). Administrative detention is
/// absent on purpose: only public security organs impose it (Art. 18).
/// </summary>
[Flags]
public enum PenaltyKinds
{
    None = 0,
    Warning = 1,
    PublicCriticism = 2,
    Fine = 4,
    ConfiscateIllegalGains = 8,
    ConfiscateIllegalProperty = 16,
    SuspendLicence = 32,
    LowerQualification = 64,
    RevokeLicence = 128,
    RestrictBusiness = 256,
    SuspendProduction = 512,
    OrderClosure = 1024,
    RestrictPractice = 2048,
}
