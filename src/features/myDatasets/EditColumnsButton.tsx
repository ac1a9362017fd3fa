interface Props {
  /** The upload on screen. */
  id: string;
  name: string;
  onEditColumns: (id: string, name?: string) => void;
}

/** "Edit columns" next to the dataset controls, for a dataset the person brought. */
export function EditColumnsButton({ id, name, onEditColumns }: Props) {
  return (
    <button type="button" className="btn shrink-0 whitespace-nowrap" data-testid="edit-columns" title={`Change what each column of ${name} is (objective, direction, group, label…)`} onClick={() => onEditColumns(id, name)}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
        <path d="M4 5h16v14H4zM10 5v14M16 5v14M4 10h16" />
      </svg>
      Edit columns
    </button>
  );
}
