/**
 * Real kubectl printouts from the study notes svcscope is built from (values are theirs, layout is kubectl's).
 * The view tests check that svcscope lays out its own values exactly the same way.
 */
export const GET_SVC_WIDE = `NAME    TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)     AGE     SELECTOR
myapp   ClusterIP   10.96.3.215   <none>        38080/TCP   7m22s   app=myapp
`;

export const GET_SVC_EXTERNAL_NAME = `NAME                TYPE           CLUSTER-IP   EXTERNAL-IP           PORT(S)   AGE
svc-external-name   ExternalName   <none>       www.aneasystone.com   <none>    40m
`;

export const DESCRIBE_SVC = `Name:              myapp
Namespace:         default
Labels:            app=myapp
Annotations:       <none>
Selector:          app=myapp
Type:              ClusterIP
IP Family Policy:  SingleStack
IP Families:       IPv4
IP:                10.96.3.215
IPs:               10.96.3.215
Port:              http  38080/TCP
TargetPort:        8080/TCP
Endpoints:         100.121.213.101:8080,100.121.213.103:8080,100.84.80.80:8080
Session Affinity:  None
Events:            <none>
`;

export const GET_ENDPOINTS = `NAME    ENDPOINTS                                                     AGE
myapp   100.121.213.101:8080,100.121.213.103:8080,100.84.80.80:8080   22m
`;

export const GET_DEPLOY_WIDE = `NAME    READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES                             SELECTOR
myapp   3/3     3            3           13m   myapp        jocatalin/kubernetes-bootcamp:v1   app=myapp
`;

export const GET_PODS_WIDE = `NAME                    READY   STATUS    RESTARTS   AGE     IP              NODE    NOMINATED NODE   READINESS GATES
httpd-8c6c4bd9b-49x55   1/1     Running   0          2m23s   10.244.135.51   node3   <none>           <none>
httpd-8c6c4bd9b-qztdj   1/1     Running   0          2m23s   10.244.104.15   node2   <none>           <none>
httpd-8c6c4bd9b-v8hq7   1/1     Running   0          2m23s   10.244.135.52   node3   <none>           <none>
`;

export const GET_SVC_NODEPORT = `NAME         TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)          AGE
httpd-svc    NodePort    10.1.82.198   <none>        8080:31775/TCP   17h
kubernetes   ClusterIP   10.1.0.1      <none>        443/TCP          43d
`;

export const GET_SVC_TWO = `NAME         TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)    AGE
httpd-svc    ClusterIP   10.1.82.198   <none>        8080/TCP   6s
kubernetes   ClusterIP   10.1.0.1      <none>        443/TCP    42d
`;
