namespace Zhifa.Domain.Lists;

/// <summary>The enforcement personnel list (执法人员清单).</summary>
public static class PersonnelList
{
    public static ListDefinition<Officer> Definition { get; } = new(
        ListKind.Personnel,
        "personnel",
        "执法人员清单",
        "Enforcement personnel",
        () => new Officer { Name = "", CertificateNumber = "", Categories = "", Area = "" },
        [
            Columns.Text<Officer>("certificate_number", "执法证号", "Certificate number",
                o => o.CertificateNumber, (o, v) => o.CertificateNumber = v ?? "", required: true, maxLength: 40),
            Columns.PersonName<Officer>("name", "姓名", "Name", o => o.Name, (o, v) => o.Name = v),
            Columns.Text<Officer>("post", "职务", "Post", o => o.Post, (o, v) => o.Post = v, maxLength: 60),
            Columns.Text<Officer>("categories", "执法类别", "Enforcement categories",
                o => o.Categories, (o, v) => o.Categories = v ?? "", required: true),
            Columns.Text<Officer>("area", "执法区域", "Area", o => o.Area, (o, v) => o.Area = v ?? "", required: true, maxLength: 60),
            Columns.Date<Officer>("valid_from", "证件有效期起", "Valid from", o => o.ValidFrom, (o, v) => o.ValidFrom = v),
            Columns.Date<Officer>("valid_to", "证件有效期止", "Valid to", o => o.ValidTo, (o, v) => o.ValidTo = v),
            Columns.Choice<Officer, OfficerStatus>("status", "状态", "Status", o => o.Status, (o, v) => o.Status = v),
        ],
        CrossChecks);

    private static IEnumerable<FieldError> CrossChecks(Officer officer)
    {
        if (officer.ValidTo < officer.ValidFrom)
        {
            yield return new FieldError(
                0,
                "valid_to",
                officer.ValidTo.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                "personnel.validity_reversed",
                "The certificate's end date is before its start date; swap or correct the dates.");
        }
    }
}
