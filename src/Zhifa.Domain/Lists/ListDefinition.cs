using Zhifa.Domain.Text;

namespace Zhifa.Domain.Lists;

/// <summary>A list made of typed columns, plus checks that look at several columns at once.</summary>
public sealed class ListDefinition<T> : IListDefinition
    where T : class, IListItem
{
    public const string OrganisationColumn = "organisation";

    private readonly IReadOnlyList<ListColumn<T>> _columns;
    private readonly Func<T> _create;
    private readonly Func<T, IEnumerable<FieldError>> _crossChecks;

    public ListDefinition(
        ListKind kind,
        string slug,
        string titleZh,
        string titleEn,
        Func<T> create,
        IReadOnlyList<ListColumn<T>> columns,
        Func<T, IEnumerable<FieldError>>? crossChecks = null,
        bool isPublished = true)
    {
        IsPublished = isPublished;
        Kind = kind;
        Slug = slug;
        TitleZh = titleZh;
        TitleEn = titleEn;
        _create = create;
        _columns = columns;
        _crossChecks = crossChecks ?? (_ => []);
        KeyColumn = columns[0].Name;
        Columns =
        [
            new ColumnInfo(OrganisationColumn, "所属机构代码", "Organisation code", true, 40, false, false, null),
            .. columns.Select(c => new ColumnInfo(
                c.Name, c.HeaderZh, c.HeaderEn, c.IsRequired, c.MaxLength, c.IsNumeric, c.IsLongText, c.Choices)),
        ];
    }

    public ListKind Kind { get; }

    public string Slug { get; }

    public string TitleZh { get; }

    public string TitleEn { get; }

    public Type ItemType => typeof(T);

    public bool IsPublished { get; }

    public IReadOnlyList<ColumnInfo> Columns { get; }

    public string KeyColumn { get; }

    public IListItem CreateNew() => _create();

    public IReadOnlyList<FieldError> Apply(
        IReadOnlyDictionary<string, string?> values,
        IListItem item,
        bool isNew,
        ListContext context,
        int line)
    {
        var target = (T)item;
        var errors = new List<FieldError>();
        ApplyOrganisation(values, target, isNew, context, line, errors);

        foreach (var column in _columns)
        {
            var present = values.TryGetValue(column.Name, out var raw);
            if (!present && !isNew)
            {
                continue;
            }

            var text = SpreadsheetText.Restore((raw ?? "").Trim());
            if (text.Length == 0)
            {
                if (column.IsRequired)
                {
                    errors.Add(new FieldError(line, column.Name, "", "list.required", "A value is required here; fill it in."));
                }
                else
                {
                    column.Clear?.Invoke(target);
                }

                continue;
            }

            var problem = column.Write(target, text);
            if (problem is not null)
            {
                errors.Add(new FieldError(line, column.Name, text, problem.Code, problem.Message));
            }
        }

        if (errors.Count == 0)
        {
            errors.AddRange(_crossChecks(target).Select(e => e with { Line = line }));
        }

        return errors;
    }

    public IReadOnlyDictionary<string, string> Snapshot(IListItem item, ListContext context)
    {
        var target = (T)item;
        var snapshot = new Dictionary<string, string>
        {
            [OrganisationColumn] = context.OrganisationCodes.GetValueOrDefault(item.OrganisationId, ""),
        };
        foreach (var column in _columns)
        {
            snapshot[column.Name] = column.Read(target);
        }

        return snapshot;
    }

    private static void ApplyOrganisation(
        IReadOnlyDictionary<string, string?> values,
        T target,
        bool isNew,
        ListContext context,
        int line,
        List<FieldError> errors)
    {
        if (!values.TryGetValue(OrganisationColumn, out var raw) && !isNew)
        {
            return;
        }

        var code = (raw ?? "").Trim();
        if (code.Length == 0)
        {
            errors.Add(new FieldError(line, OrganisationColumn, "", "list.required", "A value is required here; fill it in."));
            return;
        }

        if (!context.WritableOrganisationsByCode.TryGetValue(code, out var organisationId))
        {
            errors.Add(new FieldError(
                line,
                OrganisationColumn,
                code,
                "list.organisation_not_writable",
                "No organisation with this code that you may maintain lists for; use the code of your own office."));
            return;
        }

        target.OrganisationId = organisationId;
    }
}
