/** The chosen profile, for the popup, the options page and the badge: the stored selection, else the first one. */
export function selectedProfile<P extends { id: string }>(
  profiles: readonly P[],
  selectedProfileId: string | undefined,
): P | undefined {
  return profiles.find((p) => p.id === selectedProfileId) ?? profiles[0];
}
