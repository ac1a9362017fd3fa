export function App() {
  return (
    <main className="p-6">
      <h1 className="text-2xl font-semibold">Paretoscope</h1>
    </main>
  );
}
