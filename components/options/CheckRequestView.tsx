/** Not built yet; says so plainly instead of showing controls that do nothing. */
export function CheckRequestView() {
  return (
    <section className="card">
      <h2>Check a request</h2>
      <p>Checking a pasted request (curl, HTTP or PowerShell) is not available in this version of Token Doctor yet.</p>
    </section>
  );
}
