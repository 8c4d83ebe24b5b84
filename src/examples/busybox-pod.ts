/**
 * The throwaway client of the study notes, `kubectl run busybox --rm -ti --image=busybox /bin/sh`, as the
 * Pod that command creates. Examples append it so that the suggested request has an in-cluster sender
 * whose name does not depend on the seed.
 */
export const busyboxPod = `apiVersion: v1
kind: Pod
metadata:
  name: busybox
  labels:
    run: busybox
spec:
  containers:
  - name: busybox
    image: busybox
    args: ["/bin/sh"]
    stdin: true
    tty: true
`;

export const FROM_BUSYBOX = { type: 'pod', namespace: 'default', name: 'busybox' } as const;
