using Zhifa.Domain.Common;
using Zhifa.Domain.Text;

namespace Zhifa.Domain.Cases;

/// <summary>
/// Checks a new case's fields and builds the case in its procedure's first stage. Every problem is reported
/// at once, each naming its field.
/// </summary>
public static class CaseRegistration
{
    public const int TitleMaxLength = 200;

    public const int TextMaxLength = 4_000;

    /// <summary>
    /// The earliest registration day. The procedures follow the Administrative Penalty Law as revised in 2021,
    /// in force from this day, so a case registered earlier followed the earlier law.
    /// </summary>
    public static readonly DateOnly EarliestRegistration = new(2021, 7, 15);

    public static Result<EnforcementCase> Register(NewCaseRequest r, Guid organisationId, DateOnly today, DateTimeOffset now)
    {
        var errors = new List<Error>();
        Require(errors, r.Procedure is not null, "procedure");
        Require(errors, r.MatterId is not null, "matterId");
        Require(errors, !string.IsNullOrWhiteSpace(r.Title), "title");
        Require(errors, r.PartyKind is not null, "partyKind");
        Require(errors, !string.IsNullOrWhiteSpace(r.PartyName), "partyName");
        Limit(errors, r.Title, TitleMaxLength, "title");
        Limit(errors, r.SourceDetail, TextMaxLength, "sourceDetail");
        Limit(errors, r.PartyAddress, TitleMaxLength, "partyAddress");
        Limit(errors, r.PartyName, TitleMaxLength, "partyName");

        var party = ParseParty(r, errors);
        var registered = r.RegisteredOn ?? today;
        if (registered > today)
        {
            errors.Add(Field("registeredOn", "case.registered_in_future", "The registration day cannot be in the future."));
        }
        else if (registered < EarliestRegistration)
        {
            errors.Add(Field(
                "registeredOn",
                "case.registered_before_law",
                $"The registration day {registered:yyyy-MM-dd} is before {EarliestRegistration:yyyy-MM-dd}, when the revised Administrative Penalty Law whose procedures this platform follows came into force."));
        }

        if (r.ActDate is { } act && act > registered)
        {
            errors.Add(Field("actDate", "case.act_after_registration", "The act cannot have taken place after the case was registered."));
        }

        if (r.Procedure == ProcedureKind.Inspection && r.OfficerIds is not { Count: > 0 })
        {
            errors.Add(Field("officerIds", "case.field_required", "An inspection plan names its inspectors."));
        }

        if (errors.Count > 0)
        {
            return Result<EnforcementCase>.Failure(errors);
        }

        var procedure = Procedures.Procedure.For(r.Procedure!.Value);
        var c = new EnforcementCase
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisationId,
            Procedure = procedure.Kind,
            Stage = procedure.Start,
            MatterId = r.MatterId!.Value,
            Title = r.Title!.Trim(),
            Source = r.Source ?? (procedure.Kind == ProcedureKind.Inspection ? CaseSourceKind.Inspection : CaseSourceKind.Other),
            SourceDetail = r.SourceDetail?.Trim(),
            ActDate = r.ActDate,
            RegisteredOn = registered,
            LastEffectiveOn = registered,
            Party = party!,
            Inspection = new InspectionFacts { PlannedFor = r.PlannedFor, RegulatedEntityId = r.RegulatedEntityId },
            Version = 1,
            UpdatedAt = now,
        };
        Procedures.CommonTransitions.AssignOfficers(c, r.OfficerIds ?? []);
        return c;
    }

    private static Party? ParseParty(NewCaseRequest r, List<Error> errors)
    {
        var party = new Party
        {
            Kind = r.PartyKind ?? PartyKind.Unit,
            Name = r.PartyName?.Trim() ?? "",
            Address = r.PartyAddress?.Trim(),
            Telephone = r.PartyTelephone?.Trim(),
            LegalRepresentative = r.LegalRepresentative?.Trim(),
            IsMinor = r.PartyIsMinor ?? false,
            IdNumber = string.IsNullOrWhiteSpace(r.PartyIdNumber) ? null : r.PartyIdNumber.Trim(),
        };
        if (party.Kind == PartyKind.Individual && !string.IsNullOrWhiteSpace(r.PartyName))
        {
            var name = PersonName.Parse(r.PartyName);
            if (name.IsSuccess)
            {
                party.Name = name.Value.Value;
            }
            else
            {
                errors.AddRange(name.Errors.Select(e => e with { Arguments = new Dictionary<string, string> { ["field"] = "partyName" } }));
            }
        }

        if (party.Kind == PartyKind.Individual && party.IdNumber is not null)
        {
            var id = ResidentIdNumber.Parse(party.IdNumber);
            if (id.IsSuccess)
            {
                party.IdNumber = id.Value.Value;
            }
            else
            {
                errors.AddRange(id.Errors.Select(e => e with { Arguments = new Dictionary<string, string> { ["field"] = "partyIdNumber" } }));
            }
        }

        return party;
    }

    private static void Require(List<Error> errors, bool present, string field)
    {
        if (!present)
        {
            errors.Add(Field(field, "case.field_required", $"'{field}' is required."));
        }
    }

    private static void Limit(List<Error> errors, string? value, int max, string field)
    {
        if (TypedText.FirstUnsafe(value) is { } character)
        {
            errors.Add(Field(field, "case.field_unsafe", $"'{field}' contains the invisible character {TypedText.CodePoint(character)}; retype the value without it.") with
            {
                Arguments = new Dictionary<string, string> { ["field"] = field, ["character"] = TypedText.CodePoint(character) },
            });
        }
        else if (value is not null && TextLength.CodePoints(value) > max)
        {
            errors.Add(Field(field, "case.field_too_long", $"'{field}' is longer than {max} characters."));
        }
    }

    private static Error Field(string field, string code, string message) =>
        Error.Invalid(code, message) with { Arguments = new Dictionary<string, string> { ["field"] = field } };
}
